/** Typed errors of the Lambda Invoke API; only the server renders them as bytes. */
package io.stratus.lambda.error;
