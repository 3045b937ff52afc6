/**
 * API Gateway on the shared port: requests for a template's REST and HTTP API routes go through the
 * gateway pipeline to functions on the Lambda host; the gateway's canned errors become bytes here.
 */
package io.stratus.server.apigw;
