package io.stratus.dynamo.index;

import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Brings every index of a table in line with one item write, as a pure function of the item before
 * and after: the entry of the old item is removed when its index key changed or it left the index,
 * the entry of the new item is written when it is new or its projection changed. Callers hold the
 * item's stripe lock, so two writers of one key never interleave their index changes.
 *
 * <p>Within one index a moved entry is removed before the new one is written: a concurrent reader
 * may miss the item for that instant but never sees it twice. Costs follow the developer guide
 * ("Provisioned throughput considerations for Global Secondary Indexes"): one write per entry put
 * or deleted, two when the index key changed, none when the index is not affected, each rounded up
 * to 1 KB of the projected item.
 */
public final class IndexMaintenance {

    private IndexMaintenance() {
    }

    /**
     * Applies the change from {@code old} to {@code next} (either {@code null}: absent) to
     * {@code indexes}. {@code nextBytes} and {@code nextSize} are the stored form and size of
     * {@code next}, reused as the entry of indexes that project ALL. Returns the cost per index,
     * listing only the indexes that were written.
     */
    public static List<IndexWrite> apply(List<LiveIndex> indexes, Map<String, AttributeValue> old, long oldSize,
                                         Map<String, AttributeValue> next, byte[] nextBytes, long nextSize) {
        if (indexes.isEmpty()) {
            return List.of();
        }
        List<IndexWrite> writes = new ArrayList<>(2);
        for (LiveIndex index : indexes) {
            IndexLayout layout = index.layout();
            byte[] oldKey = old == null ? null : layout.entryKey(old);
            byte[] newKey = next == null ? null : layout.entryKey(next);
            if (oldKey == null && newKey == null) {
                continue;
            }
            Map<String, AttributeValue> oldEntry = oldKey == null ? null : layout.project(old);
            long oldEntrySize = oldKey == null ? 0 : layout.projectsAll() ? oldSize : ItemSize.of(oldEntry);
            Map<String, AttributeValue> newEntry = newKey == null ? null : layout.project(next);
            long newEntrySize = newKey == null ? 0 : layout.projectsAll() ? nextSize : ItemSize.of(newEntry);
            double units;
            if (oldKey != null && newKey != null && Arrays.equals(oldKey, newKey)) {
                if (oldEntry.equals(newEntry)) {
                    // only attributes the index does not hold changed: nothing to write, nothing to pay
                    continue;
                }
                put(index, newKey, newEntry, newEntrySize, layout.projectsAll() ? nextBytes : null);
                units = CapacityUnits.write(oldEntrySize, newEntrySize);
            } else {
                units = 0;
                if (oldKey != null) {
                    byte[] removed = index.entries().remove(oldKey);
                    if (removed != null) {
                        index.addSize(-ItemCodec.storedSize(removed));
                    }
                    units += CapacityUnits.write(oldEntrySize, 0);
                }
                if (newKey != null) {
                    put(index, newKey, newEntry, newEntrySize, layout.projectsAll() ? nextBytes : null);
                    units += CapacityUnits.write(0, newEntrySize);
                }
            }
            writes.add(new IndexWrite(layout.indexName(), layout.global(), units));
        }
        return writes;
    }

    /** Writes the entry of an item that is known not to be in the index yet (a backfill). */
    static void add(LiveIndex index, Map<String, AttributeValue> item, byte[] itemBytes, long itemSize) {
        IndexLayout layout = index.layout();
        byte[] key = layout.entryKey(item);
        if (key == null) {
            return;
        }
        Map<String, AttributeValue> entry = layout.project(item);
        long size = layout.projectsAll() ? itemSize : ItemSize.of(entry);
        put(index, key, entry, size, layout.projectsAll() ? itemBytes : null);
    }

    /**
     * Stores an entry and accounts its size against what it replaced. Sizes follow what the map
     * really held, not what the old item implies: while a new index is being backfilled a writer
     * may find its old entry not written yet.
     */
    private static void put(LiveIndex index, byte[] key, Map<String, AttributeValue> entry, long size, byte[] encoded) {
        byte[] previous = index.entries().put(key, encoded != null ? encoded : ItemCodec.encode(entry, size));
        index.addSize(size - (previous == null ? 0 : ItemCodec.storedSize(previous)));
    }
}
