package io.stratus.dynamo.key;

import io.stratus.dynamo.model.AttributeValue;

/**
 * A validated primary key: the partition key value, the sort key value ({@code null} for a table
 * without one) and their order-preserving encoding.
 */
public record PrimaryKey(AttributeValue hash, AttributeValue range, byte[] encoded) {
}
