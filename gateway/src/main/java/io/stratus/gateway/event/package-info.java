/**
 * Lambda proxy events built from a request: payload format 1.0 (REST APIs, and HTTP APIs that ask for it)
 * and 2.0 (HTTP APIs), every field filled the way API Gateway fills it. The shapes are pinned by golden
 * files under {@code src/test/resources/events}, modelled on AWS's sample events in "Lambda proxy
 * integrations in API Gateway" and "Create AWS Lambda proxy integrations for HTTP APIs".
 */
package io.stratus.gateway.event;
