package io.stratus.dynamo.query;

import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan: the matching items (projected; empty for {@code Select=COUNT}),
 * how many matched and how many were read, where to continue ({@code null} when done), the bytes
 * read from the table or index (what its capacity is charged on) and, for a local secondary index
 * read that fetched items from the table, the 4 KB read units those fetches took.
 *
 * @param items the matching items, decoded; empty when they are returned as {@code storedItems}
 * @param storedItems the matching items in their stored form, when the read returns them exactly as
 *     stored (no filter, projection, fetch or segment) and so never decoded them; else {@code null}
 */
public record Page(List<Map<String, AttributeValue>> items, List<byte[]> storedItems, int count, int scannedCount,
                   Map<String, AttributeValue> lastEvaluatedKey, long bytesRead, long fetchedReadUnits) {
}
