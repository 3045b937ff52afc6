package io.stratus.gateway.integration;

/**
 * A function's answer.
 *
 * @param payload the response JSON, or Lambda's error JSON when {@code failed}
 * @param failed  whether the function failed ({@code X-Amz-Function-Error} was set)
 */
public record FunctionResult(byte[] payload, boolean failed) { }
