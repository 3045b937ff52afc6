/**
 * CORS as API Gateway applies it: REST {@code Cors} becomes an OPTIONS method answered by the gateway on
 * every resource (other responses are the function's business); HTTP API {@code CorsConfiguration} answers
 * preflight requests and sets the CORS headers of every response, replacing the function's own.
 */
package io.stratus.gateway.cors;
