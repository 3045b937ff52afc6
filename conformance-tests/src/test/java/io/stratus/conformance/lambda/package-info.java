/**
 * The Lambda API through the AWS SDK's {@code LambdaClient} (and raw HTTP where the wire itself is the subject):
 * invocation types, payload shapes, logs, errors, limits, client contexts, Event retries, functions reaching
 * DynamoDB on Stratus, functions from a SAM template built here as a jar, a zip, a {@code sam build} directory and
 * a Maven project, hot reload of rebuilt code, and handlers that exit or exhaust the JVM.
 */
package io.stratus.conformance.lambda;
