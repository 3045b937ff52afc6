/**
 * Lambda handlers the conformance suite deploys in embedded mode (code from the test classpath), one per
 * behaviour under test, written against {@code aws-lambda-java-core} and {@code aws-lambda-java-events} as
 * users write them.
 */
package io.stratus.conformance.lambda.handlers;
