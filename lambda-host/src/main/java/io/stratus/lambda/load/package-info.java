/**
 * Loads a function's code the way Lambda lays it out, in a child-first class loader per execution
 * environment, and gives each loader its own environment variables by rewriting {@code System.getenv} calls.
 */
package io.stratus.lambda.load;
