/**
 * The Lambda API on Stratus's port (REST-JSON, as {@code lambda.<region>.amazonaws.com} speaks it): Invoke,
 * GetFunction, GetFunctionConfiguration and ListFunctions over the {@code LambdaHost}, one class per operation, and
 * the one place Lambda errors become bytes.
 */
package io.stratus.server.lambda;
