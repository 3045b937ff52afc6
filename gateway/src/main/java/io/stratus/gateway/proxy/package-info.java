/**
 * The gateway's request pipeline, framework-free: route lookup, CORS preflight, authorizer, API key,
 * request validation, event, Lambda invocation with the integration timeout, response mapping.
 */
package io.stratus.gateway.proxy;
