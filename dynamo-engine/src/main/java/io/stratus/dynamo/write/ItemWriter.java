package io.stratus.dynamo.write;

import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.index.IndexMaintenance;
import io.stratus.dynamo.index.IndexWrite;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies a {@link WritePlan} to one item atomically with respect to other writers of that item:
 * under the key's stripe lock the plan sees the current item, its result replaces it, and every
 * secondary index is brought in line (see {@link IndexMaintenance}) before the lock is released.
 * No lock spans keys or tables.
 */
public final class ItemWriter {

    private ItemWriter() {
    }

    /** Applies {@code plan} to the item with {@code key} in {@code table}. */
    public static WriteResult apply(Table table, PrimaryKey key, WritePlan plan) {
        byte[] encodedKey = key.encoded();
        ReentrantLock lock = table.locks().lockFor(encodedKey);
        lock.lock();
        try {
            return applyLocked(table, encodedKey, plan);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores {@code item} (of DynamoDB size {@code size}) under {@code key} whatever was there: a
     * write that reads nothing of the item it replaces (no condition, no ReturnValues). On a table
     * without secondary indexes the old item is not even decoded, only its stored size read (for
     * the table size and capacity); the result's {@link WriteResult#oldItem()} is then {@code null}
     * whether or not an item was replaced. With indexes, index maintenance needs the old item and
     * this is {@link #apply}.
     */
    public static WriteResult replace(Table table, PrimaryKey key, Map<String, AttributeValue> item, long size) {
        byte[] encodedKey = key.encoded();
        ReentrantLock lock = table.locks().lockFor(encodedKey);
        lock.lock();
        try {
            // read under the lock, like apply: an index added meanwhile is seen by this write
            if (!table.indexes().isEmpty()) {
                return applyLocked(table, encodedKey, old -> item);
            }
            table.checkNotDropped();
            byte[] oldBytes = table.items().put(encodedKey, ItemCodec.encode(item, size));
            long oldSize = oldBytes == null ? 0 : ItemCodec.storedSize(oldBytes);
            table.addSize(size - oldSize);
            return new WriteResult(null, oldSize, item, size, List.of());
        } finally {
            lock.unlock();
        }
    }

    private static WriteResult applyLocked(Table table, byte[] encodedKey, WritePlan plan) {
        table.checkNotDropped();
        byte[] oldBytes = table.items().get(encodedKey);
        Map<String, AttributeValue> old = oldBytes == null ? null : ItemCodec.decode(oldBytes);
        long oldSize = oldBytes == null ? 0 : ItemCodec.storedSize(oldBytes);
        Map<String, AttributeValue> next = plan.apply(old);
        long newSize = next == null ? 0 : ItemSize.of(next);
        byte[] newBytes = null;
        if (next == null) {
            if (oldBytes != null) {
                table.items().remove(encodedKey);
            }
        } else {
            newBytes = ItemCodec.encode(next, newSize);
            table.items().put(encodedKey, newBytes);
        }
        // read under the lock: an index published before a barrier is seen by every later writer
        List<IndexWrite> indexWrites = IndexMaintenance.apply(table.indexes(), old, oldSize, next, newBytes, newSize);
        table.addSize(newSize - oldSize);
        return new WriteResult(old, oldSize, next, newSize, indexWrites);
    }
}
