/**
 * Conformance tests of DynamoDB's data plane: conditional writes, UpdateItem, Query, Scan, the
 * batch operations and secondary index queries through {@code DynamoDbClient} and
 * {@code DynamoDbEnhancedClient}, plus raw-JSON tests ({@link RawJson}) of the legacy parameters and
 * of exact error texts, which an SDK would rewrite or refuse to send.
 */
package io.stratus.conformance.dynamodb.dataplane;
