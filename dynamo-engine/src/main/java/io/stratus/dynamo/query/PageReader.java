package io.stratus.dynamo.query;

import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads one page from a cursor over a table or an index: stops after {@code Limit} entries read
 * or once the entries read reach 1 MB (counted on what is stored where the read happens, so on an
 * index the projected item), applies the filter after reading (so {@code ScannedCount} counts what
 * was read and {@code Count} what matched), then the output projection.
 *
 * @param keyNames the attributes of a LastEvaluatedKey: the table's key, or on an index the index
 *     key and then the table key, so that paging resumes exactly after the last entry read
 * @param limit most entries to read, or 0 for no limit
 * @param filter the FilterExpression (or QueryFilter/ScanFilter), or {@code null}
 * @param output what to return of each matching item, or {@code null} for the item as read
 * @param countOnly whether only the count is wanted ({@code Select=COUNT})
 * @param include which entries belong to the read at all (a parallel scan's segment); others are
 *     skipped without being counted or charged
 * @param fetch fetches the table item behind each entry, or {@code null} to evaluate the entry itself
 */
public record PageReader(List<String> keyNames, int limit, Condition filter, UnaryOperator<Map<String, AttributeValue>> output,
                         boolean countOnly, Predicate<Map<String, AttributeValue>> include, ItemFetch fetch) {

    /**
     * The most a page reads: 1 MB of item data (API reference, Query: "A single Query operation
     * will read up to the maximum number of items set (if using the Limit parameter) or a maximum
     * of 1 MB of data").
     */
    public static final long MAX_PAGE_BYTES = 1024 * 1024;

    /** Reads a page from {@code entries} (encoded key to encoded item, in the order to return). */
    public Page read(Iterator<Map.Entry<byte[], byte[]>> entries) {
        if (include == null && filter == null && output == null && fetch == null) {
            return readAsStored(entries);
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        long fetchedUnits = 0;
        while (entries.hasNext()) {
            byte[] stored = entries.next().getValue();
            Map<String, AttributeValue> entry = ItemCodec.decode(stored);
            if (include != null && !include.test(entry)) {
                continue;
            }
            scanned++;
            bytes += ItemCodec.storedSize(stored);
            Map<String, AttributeValue> item = entry;
            if (fetch != null) {
                ItemFetch.Fetched fetched = fetch.fetch(entry);
                item = fetched == null ? null : fetched.item();
                if (fetched != null) {
                    fetchedUnits += (long) CapacityUnits.read(fetched.size(), true);
                }
            }
            if (item != null && (filter == null || filter.test(item))) {
                count++;
                if (!countOnly) {
                    items.add(output == null ? item : output.apply(item));
                }
            }
            if ((limit > 0 && scanned >= limit) || bytes >= MAX_PAGE_BYTES) {
                // stopped by a limit: AWS returns a LastEvaluatedKey even when nothing follows
                return new Page(items, null, count, scanned, keyOf(entry), bytes, fetchedUnits);
            }
        }
        return new Page(items, null, count, scanned, null, bytes, fetchedUnits);
    }

    /**
     * The page of a read that returns every entry as it is stored: nothing is decoded but the entry a
     * limit stops at, for its LastEvaluatedKey.
     */
    private Page readAsStored(Iterator<Map.Entry<byte[], byte[]>> entries) {
        List<byte[]> items = countOnly ? List.of() : new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        while (entries.hasNext()) {
            byte[] stored = entries.next().getValue();
            scanned++;
            bytes += ItemCodec.storedSize(stored);
            if (!countOnly) {
                items.add(stored);
            }
            if ((limit > 0 && scanned >= limit) || bytes >= MAX_PAGE_BYTES) {
                return new Page(List.of(), items, scanned, scanned, keyOf(ItemCodec.decode(stored)), bytes, 0);
            }
        }
        return new Page(List.of(), items, scanned, scanned, null, bytes, 0);
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> entry) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(8);
        for (String name : keyNames) {
            key.put(name, entry.get(name));
        }
        return key;
    }
}
