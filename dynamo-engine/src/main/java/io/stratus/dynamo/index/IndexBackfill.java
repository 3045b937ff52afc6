package io.stratus.dynamo.index;

import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.storage.ItemStore;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Builds a new index from the items a table already holds, while writers keep writing.
 *
 * <p>The caller first publishes the index in the table's index list; {@link StripeLocks#barrier()}
 * then waits out every writer that read the list before, so every later write maintains the new
 * index itself. The scan that follows re-reads each item under its stripe lock and writes the entry
 * of what it finds, which is what a writer would have written: the two can only agree.
 */
public final class IndexBackfill {

    private IndexBackfill() {
    }

    /** Fills {@code indexes} (already published to writers) from {@code items}. */
    public static void build(ItemStore items, StripeLocks locks, List<LiveIndex> indexes) {
        locks.barrier();
        for (Iterator<Map.Entry<byte[], byte[]>> it = items.range(null, null, true); it.hasNext(); ) {
            byte[] key = it.next().getKey();
            ReentrantLock lock = locks.lockFor(key);
            lock.lock();
            try {
                byte[] current = items.get(key);
                if (current == null) {
                    continue;
                }
                var item = ItemCodec.decode(current);
                for (LiveIndex index : indexes) {
                    IndexMaintenance.add(index, item, current, ItemCodec.storedSize(current));
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
