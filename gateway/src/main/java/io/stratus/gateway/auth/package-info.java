/**
 * Authorization before the integration runs: Lambda authorizers (REST TOKEN and REQUEST, HTTP API REQUEST
 * with simple or IAM policy responses) with their IAM policies evaluated against the method ARN and their
 * answers cached by identity source, JWT authorizers (HTTP APIs) and Cognito user-pool authorizers (REST)
 * verified with the JDK's {@code java.security} against a JWKS, and API keys.
 */
package io.stratus.gateway.auth;
