package io.stratus.dynamo.catalog;

import io.stratus.dynamo.error.DynamoDbException;
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
 * different tables never contend.
 */
public final class Catalog {

    private final Storage storage;
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

    /** Loads every table the storage holds. */
    public Catalog(Storage storage) {
        this.storage = storage;
        for (Map.Entry<String, byte[]> e : storage.catalog().entrySet()) {
            TableMetadata metadata = TableMetadataCodec.decode(e.getValue());
            ItemStore items = storage.items(metadata.storeName());
            long size = 0;
            for (Iterator<Map.Entry<byte[], byte[]>> it = items.range(null, null, true); it.hasNext(); ) {
                size += ItemCodec.storedSize(it.next().getValue());
            }
            tables.put(metadata.tableName(), new Table(metadata, items, size));
        }
    }

    /** Creates a table; {@code ResourceInUseException} when the name is taken. */
    public Table create(TableMetadata metadata) {
        Table[] created = new Table[1];
        tables.compute(metadata.tableName(), (name, existing) -> {
            if (existing != null) {
                throw DynamoDbException.resourceInUse("Table already exists: " + name);
            }
            storage.putCatalog(name, TableMetadataCodec.encode(metadata));
            created[0] = new Table(metadata, storage.items(metadata.storeName()), 0);
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

    /** Replaces a table's metadata with {@code change(current)} and persists it. */
    public Table update(String name, UnaryOperator<TableMetadata> change) {
        Table table = tables.computeIfPresent(name, (n, t) -> {
            TableMetadata updated = change.apply(t.metadata());
            storage.putCatalog(n, TableMetadataCodec.encode(updated));
            t.metadata(updated);
            return t;
        });
        if (table == null) {
            throw notFound(name);
        }
        return table;
    }

    /** Deletes a table and its items, returning it as it was. */
    public Table delete(String name) {
        Table[] removed = new Table[1];
        tables.computeIfPresent(name, (n, t) -> {
            if (t.metadata().deletionProtectionEnabled()) {
                throw DynamoDbException.validation("Resource cannot be deleted as it is currently protected "
                        + "against deletion. Disable deletion protection first.");
            }
            storage.removeCatalog(n);
            storage.dropItems(t.metadata().storeName());
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
