/**
 * Functions behind the API Gateway suite's templates, written the way users write them: the
 * {@code aws-lambda-java-events} request and response types, a raw stream handler that echoes the event it got,
 * and Lambda authorizers. They run in Stratus from the test classpath (the templates give no {@code CodeUri}).
 */
package io.stratus.conformance.apigw.handlers;
