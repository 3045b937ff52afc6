/**
 * API Gateway's canned error responses in one catalogue: status, exact body and {@code x-amzn-ErrorType}
 * for each situation, per API kind, and the exception that carries one to the server's renderer.
 */
package io.stratus.gateway.errors;
