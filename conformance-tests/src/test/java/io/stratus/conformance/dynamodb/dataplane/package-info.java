/**
 * SDK conformance tests of DynamoDB's data plane: conditional writes, UpdateItem, Query, Scan and
 * the batch operations, through {@code DynamoDbClient} and {@code DynamoDbEnhancedClient}.
 */
package io.stratus.conformance.dynamodb.dataplane;
