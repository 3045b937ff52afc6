package io.stratus.dynamo.write;

import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/**
 * Applies a {@link WritePlan} to one item atomically: the plan sees the current item and its
 * result replaces it in a single compare-and-swap of the item store, retried if another writer
 * got there first. No lock spans tables or keys.
 */
public final class ItemWriter {

    private ItemWriter() {
    }

    /** Applies {@code plan} to the item with {@code key} in {@code table}. */
    public static WriteResult apply(Table table, PrimaryKey key, WritePlan plan) {
        // the last evaluation is the one whose swap succeeded
        WriteResult[] last = new WriteResult[1];
        table.items().update(key.encoded(), oldBytes -> {
            Map<String, AttributeValue> old = oldBytes == null ? null : ItemCodec.decode(oldBytes);
            long oldSize = oldBytes == null ? 0 : ItemCodec.storedSize(oldBytes);
            Map<String, AttributeValue> next = plan.apply(old);
            long newSize = next == null ? 0 : ItemSize.of(next);
            last[0] = new WriteResult(old, oldSize, next, newSize);
            return next == null ? null : ItemCodec.encode(next, newSize);
        });
        WriteResult result = last[0];
        table.addSize(result.newSize() - result.oldSize());
        return result;
    }
}
