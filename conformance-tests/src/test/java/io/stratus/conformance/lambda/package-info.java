/**
 * The Lambda API through the AWS SDK's {@code LambdaClient} (and raw HTTP where the wire itself is the subject):
 * invocation types, payload shapes, logs, errors, limits, and functions reaching DynamoDB on Stratus.
 */
package io.stratus.conformance.lambda;
