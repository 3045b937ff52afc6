/**
 * Finds and loads a function's code: where it comes from ({@link io.stratus.lambda.load.CodeLocator}: a
 * deployment package, a {@code sam build} directory or a Maven project), how it is noticed when rebuilt
 * ({@link io.stratus.lambda.load.CodeWatcher}), and a child-first class loader per execution environment
 * that gives the function its own environment variables and points its AWS SDK at Stratus.
 */
package io.stratus.lambda.load;
