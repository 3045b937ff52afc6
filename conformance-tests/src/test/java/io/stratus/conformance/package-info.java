/**
 * Black-box conformance tests: every DynamoDB operation Stratus serves, driven through the AWS SDK
 * for Java v2 and plain HTTP, with assertions on AWS's exact behaviour and error texts. The same
 * suite runs against real DynamoDB with {@code -Dstratus.target=aws}.
 */
package io.stratus.conformance;
