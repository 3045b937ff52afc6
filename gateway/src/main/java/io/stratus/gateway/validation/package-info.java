/**
 * REST request validation ("Use request validation in API Gateway"): required request parameters, then
 * the body against the method's model, a JSON Schema draft 4, with API Gateway's 400 messages.
 */
package io.stratus.gateway.validation;
