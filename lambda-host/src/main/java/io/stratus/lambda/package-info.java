/**
 * Runs Java Lambda handlers in-process in isolated execution environments; {@link io.stratus.lambda.LambdaHost}
 * is the entry point the server and tests use.
 */
package io.stratus.lambda;
