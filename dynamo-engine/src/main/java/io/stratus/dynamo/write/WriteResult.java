package io.stratus.dynamo.write;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/**
 * The committed effect of a write: the item before and after ({@code null} when absent) and
 * their DynamoDB sizes (0 when absent), for ReturnValues and consumed capacity.
 */
public record WriteResult(Map<String, AttributeValue> oldItem, long oldSize,
                          Map<String, AttributeValue> newItem, long newSize) {
}
