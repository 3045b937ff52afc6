package io.stratus.dynamo.write;

import io.stratus.dynamo.index.IndexWrite;
import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The committed effect of a write: the item before and after ({@code null} when absent), their
 * DynamoDB sizes (0 when absent), and what it cost each secondary index it touched, for
 * ReturnValues and consumed capacity.
 */
public record WriteResult(Map<String, AttributeValue> oldItem, long oldSize,
                          Map<String, AttributeValue> newItem, long newSize, List<IndexWrite> indexWrites) {
}
