/** A function's deployment settings as Lambda knows them: handler, runtime, memory, timeout, environment, code. */
package io.stratus.lambda.config;
