/**
 * API Gateway conformance: Stratus started from the SAM and CloudFormation templates in
 * {@code src/test/resources/apigw/}, called over plain HTTP with {@link java.net.http.HttpClient}, asserting the
 * events functions receive, the responses clients get and API Gateway's own errors byte for byte. Functions run
 * inside Stratus, so this suite is Stratus-only.
 */
package io.stratus.conformance.apigw;
