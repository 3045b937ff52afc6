package io.stratus.dynamo.catalog;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.index.IndexBackfill;
import io.stratus.dynamo.index.IndexLayout;
import io.stratus.dynamo.index.LiveIndex;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.storage.ItemStore;
import io.stratus.dynamo.storage.Storage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The tables of an engine, kept in memory and mirrored to the storage's catalog.
 *
 * <p>Control-plane changes to one table are serialised by {@link ConcurrentHashMap#compute};
 * different tables never contend. Each secondary index lives in its own item store named after
 * the table's store and the index, so it persists with the table and is dropped with it.
 */
public final class Catalog {

    private final Storage storage;
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

    /**
     * Loads every table the storage holds. An index whose store is missing (a data directory
     * written before indexes were maintained) is rebuilt from the table's items.
     */
    public Catalog(Storage storage) {
        this.storage = storage;
        for (Map.Entry<String, byte[]> e : storage.catalog().entrySet()) {
            TableMetadata metadata = TableMetadataCodec.decode(e.getValue());
            ItemStore items = storage.items(metadata.storeName());
            long size = 0;
            for (Iterator<Map.Entry<byte[], byte[]>> it = items.range(null, null, true); it.hasNext(); ) {
                size += ItemCodec.storedSize(it.next().getValue());
            }
            List<LiveIndex> indexes = new ArrayList<>();
            List<LiveIndex> missing = new ArrayList<>();
            for (IndexLayout layout : IndexLayout.of(metadata)) {
                String store = indexStoreName(metadata, layout.indexName());
                boolean existed = storage.hasItems(store);
                LiveIndex index = LiveIndex.measured(layout, storage.items(store));
                indexes.add(index);
                if (!existed) {
                    missing.add(index);
                }
            }
            Table table = new Table(metadata, items, size, indexes);
            if (!missing.isEmpty()) {
                IndexBackfill.build(items, table.locks(), missing);
            }
            tables.put(metadata.tableName(), table);
        }
    }

    /** The name of the item store holding the entries of index {@code indexName} of {@code table}. */
    public static String indexStoreName(TableMetadata table, String indexName) {
        return table.storeName() + "/index/" + indexName;
    }

    /** Creates a table; {@code ResourceInUseException} when the name is taken. */
    public Table create(TableMetadata metadata) {
        Table[] created = new Table[1];
        tables.compute(metadata.tableName(), (name, existing) -> {
            if (existing != null) {
                throw DynamoDbException.resourceInUse("Table already exists: " + name);
            }
            storage.putCatalog(name, TableMetadataCodec.encode(metadata));
            List<LiveIndex> indexes = new ArrayList<>();
            for (IndexLayout layout : IndexLayout.of(metadata)) {
                indexes.add(new LiveIndex(layout, storage.items(indexStoreName(metadata, layout.indexName())), 0));
            }
            created[0] = new Table(metadata, storage.items(metadata.storeName()), 0, indexes);
            return created[0];
        });
        return created[0];
    }

    /** The table named {@code name}, or {@code null}. */
    public Table find(String name) {
        return tables.get(name);
    }

    /** The table for an item operation; AWS answers a missing one with a bare "Requested resource not found". */
    public Table forItems(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw DynamoDbException.resourceNotFound("Requested resource not found");
        }
        return table;
    }

    /** The table for a control-plane operation, whose not-found message names it. */
    public Table forControl(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw notFound(name);
        }
        return table;
    }

    /**
     * Replaces a table's metadata with {@code change(current)} and persists it. Global indexes the
     * change adds are built from the table's items before this returns (so they are ACTIVE at
     * once); global indexes it removes are dropped with their entries.
     */
    public Table update(String name, UnaryOperator<TableMetadata> change) {
        Table table = tables.computeIfPresent(name, (n, t) -> {
            TableMetadata current = t.metadata();
            TableMetadata updated = change.apply(current);
            reconcileIndexes(t, current, updated);
            storage.putCatalog(n, TableMetadataCodec.encode(updated));
            t.metadata(updated);
            return t;
        });
        if (table == null) {
            throw notFound(name);
        }
        return table;
    }

    private void reconcileIndexes(Table table, TableMetadata current, TableMetadata updated) {
        List<IndexLayout> wanted = IndexLayout.of(updated);
        List<LiveIndex> kept = new ArrayList<>();
        List<LiveIndex> added = new ArrayList<>();
        List<LiveIndex> removed = new ArrayList<>(table.indexes());
        for (IndexLayout layout : wanted) {
            LiveIndex existing = table.index(layout.indexName());
            if (existing != null) {
                // key schema and projection never change; only throughput may have
                kept.add(existing);
                removed.remove(existing);
            } else {
                String store = indexStoreName(updated, layout.indexName());
                storage.dropItems(store);
                LiveIndex index = new LiveIndex(layout, storage.items(store), 0);
                kept.add(index);
                added.add(index);
            }
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        table.indexes(kept);
        if (!added.isEmpty()) {
            IndexBackfill.build(table.items(), table.locks(), added);
        } else {
            table.locks().barrier();
        }
        for (LiveIndex gone : removed) {
            storage.dropItems(indexStoreName(current, gone.layout().indexName()));
        }
    }

    /**
     * Empties a table (items and index entries), keeping its metadata and indexes; serialised with
     * the table's control-plane changes, so no index is being added or dropped meanwhile.
     */
    public void clearItems(String name) {
        Table table = tables.computeIfPresent(name, (n, t) -> {
            t.clearItems();
            return t;
        });
        if (table == null) {
            throw notFound(name);
        }
    }

    /** Deletes a table, its items and its indexes, returning it as it was. */
    public Table delete(String name) {
        Table[] removed = new Table[1];
        tables.computeIfPresent(name, (n, t) -> {
            if (t.metadata().deletionProtectionEnabled()) {
                throw DynamoDbException.validation("Resource cannot be deleted as it is currently protected "
                        + "against deletion. Disable deletion protection first.");
            }
            storage.removeCatalog(n);
            // writers in flight finish before the stores go; later ones see the table dropped
            t.markDropped();
            t.locks().barrier();
            storage.dropItems(t.metadata().storeName());
            for (LiveIndex index : t.indexes()) {
                storage.dropItems(indexStoreName(t.metadata(), index.layout().indexName()));
            }
            removed[0] = t;
            return null;
        });
        if (removed[0] == null) {
            throw notFound(name);
        }
        return removed[0];
    }

    /** All table names in ascending order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(tables.keySet());
        names.sort(null);
        return names;
    }

    private static DynamoDbException notFound(String name) {
        return DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
    }
}
