/** Conformance tests of Stratus's DynamoDB API, one class per AWS operation or client surface. */
package io.stratus.conformance.dynamodb;
