/**
 * Maps a function's proxy response to the HTTP response the client gets: payload format 1.0 (REST is
 * strict about unknown keys, HTTP APIs are not) and 2.0 (which also accepts any JSON without
 * {@code statusCode} as a 200 body). A response the gateway cannot map becomes the API kind's canned
 * integration error.
 */
package io.stratus.gateway.response;
