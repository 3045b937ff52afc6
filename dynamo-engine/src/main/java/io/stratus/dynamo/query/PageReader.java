package io.stratus.dynamo.query;

import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads one page from a cursor of stored items: stops after {@code Limit} items read or once the
 * items read reach 1 MB, applies the filter after reading (so {@code ScannedCount} counts what was
 * read and {@code Count} what matched), then the projection.
 *
 * @param limit most items to read, or 0 for no limit
 * @param filter the FilterExpression (or QueryFilter/ScanFilter), or {@code null}
 * @param projection what to return of each matching item, or {@code null} for whole items
 * @param countOnly whether only the count is wanted ({@code Select=COUNT})
 * @param include which stored items belong to the read at all (a parallel scan's segment);
 *     others are skipped without being counted or charged
 */
public record PageReader(TableMetadata table, int limit, Condition filter, Projection projection, boolean countOnly,
                         Predicate<Map<String, AttributeValue>> include) {

    /**
     * The most a page reads: 1 MB of item data (API reference, Query: "A single Query operation
     * will read up to the maximum number of items set (if using the Limit parameter) or a maximum
     * of 1 MB of data").
     */
    public static final long MAX_PAGE_BYTES = 1024 * 1024;

    /** Reads a page from {@code entries} (encoded key to encoded item, in the order to return). */
    public Page read(Iterator<Map.Entry<byte[], byte[]>> entries) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        while (entries.hasNext()) {
            byte[] stored = entries.next().getValue();
            Map<String, AttributeValue> item = ItemCodec.decode(stored);
            if (include != null && !include.test(item)) {
                continue;
            }
            scanned++;
            bytes += ItemCodec.storedSize(stored);
            if (filter == null || filter.test(item)) {
                count++;
                if (!countOnly) {
                    items.add(projection == null ? item : projection.apply(item));
                }
            }
            if ((limit > 0 && scanned >= limit) || bytes >= MAX_PAGE_BYTES) {
                // stopped by a limit: AWS returns a LastEvaluatedKey even when nothing follows
                return new Page(items, count, scanned, keyOf(item), bytes);
            }
        }
        return new Page(items, count, scanned, null, bytes);
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        for (KeyElement element : table.keySchema()) {
            key.put(element.attributeName(), item.get(element.attributeName()));
        }
        return key;
    }
}
