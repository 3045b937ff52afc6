package io.stratus.dynamo.query;

import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan: the matching items (projected; empty for {@code Select=COUNT}),
 * how many matched and how many were read, where to continue ({@code null} when done), the bytes
 * read from the table or index (what its capacity is charged on) and, for a local secondary index
 * read that fetched items from the table, the 4 KB read units those fetches took.
 */
public record Page(List<Map<String, AttributeValue>> items, int count, int scannedCount,
                   Map<String, AttributeValue> lastEvaluatedKey, long bytesRead, long fetchedReadUnits) {
}
