package io.stratus.dynamo.catalog;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.index.IndexLayout;
import io.stratus.dynamo.index.LiveIndex;
import io.stratus.dynamo.index.StripeLocks;
import io.stratus.dynamo.storage.ItemStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live table: its current metadata, its item store, its maintained secondary indexes, the
 * stripe locks that serialise writers of one key, and its running size.
 *
 * <p>AWS refreshes {@code ItemCount} and {@code TableSizeBytes} about every six hours; Stratus
 * reports live values, which tests find more useful and no client can tell apart.
 */
public final class Table {

    private volatile TableMetadata metadata;
    private final ItemStore items;
    private final AtomicLong sizeBytes;
    private final StripeLocks locks = new StripeLocks();
    /** Immutable; replaced as a whole when an index is added or dropped, then a barrier passed. */
    private volatile List<LiveIndex> indexes;
    /**
     * The layouts of {@link #indexes} sorted by index name, the order AWS reports index key errors
     * in; kept so that validating a write allocates nothing.
     */
    private volatile List<IndexLayout> layouts;
    private volatile boolean dropped;

    Table(TableMetadata metadata, ItemStore items, long sizeBytes, List<LiveIndex> indexes) {
        this.metadata = metadata;
        this.items = items;
        this.sizeBytes = new AtomicLong(sizeBytes);
        indexes(indexes);
    }

    /** The current metadata. */
    public TableMetadata metadata() {
        return metadata;
    }

    void metadata(TableMetadata updated) {
        this.metadata = updated;
    }

    /** The table's items. */
    public ItemStore items() {
        return items;
    }

    /** The locks a writer of one key holds while it changes the item and its index entries. */
    public StripeLocks locks() {
        return locks;
    }

    /** The maintained secondary indexes; a writer reads this while holding its key's stripe lock. */
    public List<LiveIndex> indexes() {
        return indexes;
    }

    void indexes(List<LiveIndex> updated) {
        List<IndexLayout> shapes = new ArrayList<>(updated.size());
        for (LiveIndex index : updated) {
            shapes.add(index.layout());
        }
        shapes.sort(Comparator.comparing(IndexLayout::indexName));
        this.layouts = List.copyOf(shapes);
        this.indexes = List.copyOf(updated);
    }

    /** The layouts of the maintained secondary indexes, sorted by index name. */
    public List<IndexLayout> layouts() {
        return layouts;
    }

    /** The maintained index named {@code name}, or {@code null}. */
    public LiveIndex index(String name) {
        for (LiveIndex index : indexes) {
            if (index.layout().indexName().equals(name)) {
                return index;
            }
        }
        return null;
    }

    /**
     * Throws what an item operation on a deleted table gets; a writer calls it under its stripe
     * lock, so a write racing DeleteTable either completes before the stores are dropped or fails.
     */
    public void checkNotDropped() {
        if (dropped) {
            throw DynamoDbException.resourceNotFound("Requested resource not found");
        }
    }

    void markDropped() {
        this.dropped = true;
    }

    /** The number of items. */
    public long itemCount() {
        return items.count();
    }

    /** The total DynamoDB size of all items. */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    /**
     * Removes every item and every index entry, keeping schema, indexes and settings. Holds every
     * stripe meanwhile, so a concurrent write lands wholly before (and is removed) or wholly after
     * (and is kept, with its index entries).
     */
    public void clearItems() {
        locks.exclusive(() -> {
            checkNotDropped();
            items.clear();
            for (LiveIndex index : indexes) {
                index.clear();
            }
            sizeBytes.set(0);
        });
    }

    /** Records that a write changed the table's total size by {@code delta} bytes. */
    public void addSize(long delta) {
        sizeBytes.addAndGet(delta);
    }
}
