package io.stratus.dynamo.index;

import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.storage.ItemStore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One maintained secondary index: its layout, its ordered map of entries (entry key to encoded
 * projected item) and its running size. Written only by {@link IndexMaintenance} and
 * {@link IndexBackfill} under the stripe lock of the item an entry belongs to.
 */
public final class LiveIndex {

    private final IndexLayout layout;
    private final ItemStore entries;
    private final AtomicLong sizeBytes;

    /** An index over {@code entries}, whose projected items add up to {@code sizeBytes}. */
    public LiveIndex(IndexLayout layout, ItemStore entries, long sizeBytes) {
        this.layout = layout;
        this.entries = entries;
        this.sizeBytes = new AtomicLong(sizeBytes);
    }

    /** An index over {@code entries}, measuring what they already hold. */
    public static LiveIndex measured(IndexLayout layout, ItemStore entries) {
        long size = 0;
        for (var it = entries.range(null, null, true); it.hasNext(); ) {
            size += ItemCodec.storedSize(it.next().getValue());
        }
        return new LiveIndex(layout, entries, size);
    }

    /** The index's layout. */
    public IndexLayout layout() {
        return layout;
    }

    /** The index's entries. */
    public ItemStore entries() {
        return entries;
    }

    /** The number of items in the index (DescribeTable's index ItemCount). */
    public long itemCount() {
        return entries.count();
    }

    /** The total size of the projected items (DescribeTable's IndexSizeBytes). */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    void addSize(long delta) {
        sizeBytes.addAndGet(delta);
    }

    /** Removes every entry; the caller holds every stripe of the table (see {@link StripeLocks#exclusive}). */
    public void clear() {
        entries.clear();
        sizeBytes.set(0);
    }
}
