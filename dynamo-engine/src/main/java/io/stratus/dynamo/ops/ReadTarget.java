package io.stratus.dynamo.ops;

import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.expr.DocumentPath;
import io.stratus.dynamo.index.IndexLayout;
import io.stratus.dynamo.index.LiveIndex;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.key.KeyEncoder;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.query.ItemFetch;
import io.stratus.dynamo.storage.ItemStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * What a Query or Scan reads: a table, or one of its secondary indexes (request member
 * {@code IndexName}), with the key schema, ExclusiveStartKey rules and projection behaviour that
 * go with it. Checks run in the order DynamoDB reports them (as recorded by dynalite's suite).
 */
final class ReadTarget {

    /** Where a read resumes: the start key's (index or table) partition and sort key values and its encoding. */
    record Start(AttributeValue hash, AttributeValue range, byte[] encoded) {
    }

    private final Table table;
    private final TableMetadata metadata;
    private final LiveIndex index;

    private ReadTarget(Table table, TableMetadata metadata, LiveIndex index) {
        this.table = table;
        this.metadata = metadata;
        this.index = index;
    }

    /**
     * The table or its index {@code indexName} ({@code null}: the table). An unknown index is
     * "The table does not have the specified index" unless an ExclusiveStartKey came with it, and
     * a strongly consistent read of a global index is refused.
     */
    static ReadTarget resolve(Table table, String indexName, boolean consistentRead, boolean hasStartKey) {
        TableMetadata metadata = table.metadata();
        if (indexName == null) {
            return new ReadTarget(table, metadata, null);
        }
        LiveIndex index = table.index(indexName);
        if (index == null) {
            if (hasStartKey) {
                throw DynamoDbException.validation("The provided starting key is invalid");
            }
            throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        }
        if (index.layout().global() && consistentRead) {
            throw DynamoDbException.validation("Consistent reads are not supported on global secondary indexes");
        }
        return new ReadTarget(table, metadata, index);
    }

    TableMetadata metadata() {
        return metadata;
    }

    /** The index read, or {@code null} for the table. */
    IndexLayout layout() {
        return index == null ? null : index.layout();
    }

    /** The ordered store the read walks. */
    ItemStore store() {
        return index == null ? table.items() : index.entries();
    }

    String hashKey() {
        return index == null ? metadata.hashKeyName() : index.layout().hashKey();
    }

    AttributeValue.Type hashType() {
        return metadata.typeOf(hashKey());
    }

    String rangeKey() {
        return index == null ? metadata.rangeKeyName() : index.layout().rangeKey();
    }

    AttributeValue.Type rangeType() {
        String range = rangeKey();
        return range == null ? null : metadata.typeOf(range);
    }

    /** The attributes of a LastEvaluatedKey. */
    List<String> keyNames() {
        if (index != null) {
            return index.layout().startKeyNames();
        }
        List<String> names = new ArrayList<>(2);
        for (KeyElement element : metadata.keySchema()) {
            names.add(element.attributeName());
        }
        return names;
    }

    /**
     * Checks an ExclusiveStartKey. On a table it must be exactly the table's key. On an index it
     * must hold the index key and the table key: a wrong attribute count or a missing index key is
     * a bare "The provided starting key is invalid", a wrongly typed index key "The provided key
     * element does not match the schema", and the table part is checked like a table's start key.
     * {@code select} is checked in between, where DynamoDB checks it.
     */
    Start start(Map<String, AttributeValue> startKey, String select) {
        if (index == null) {
            checkSelect(select);
            if (startKey == null) {
                return null;
            }
            PrimaryKey key = ItemReads.startKey(metadata, startKey);
            return new Start(key.hash(), key.range(), key.encoded());
        }
        IndexLayout layout = index.layout();
        if (startKey != null) {
            if (startKey.size() != layout.startKeyNames().size()) {
                throw DynamoDbException.validation("The provided starting key is invalid");
            }
            for (String name : layout.keyNames()) {
                AttributeValue value = startKey.get(name);
                if (value == null) {
                    throw DynamoDbException.validation("The provided starting key is invalid");
                }
                if (value.type() != metadata.typeOf(name)) {
                    throw DynamoDbException.validation("The provided key element does not match the schema");
                }
            }
        }
        checkSelect(select);
        if (startKey == null) {
            return null;
        }
        Map<String, AttributeValue> tableKey = new LinkedHashMap<>(4);
        for (KeyElement element : metadata.keySchema()) {
            AttributeValue value = startKey.get(element.attributeName());
            if (value != null) {
                tableKey.put(element.attributeName(), value);
            }
        }
        ItemReads.startKey(metadata, tableKey);
        byte[] encoded = layout.entryKey(startKey);
        if (encoded == null) {
            // an index key value no item could have (an empty string or binary)
            throw DynamoDbException.validation("The provided starting key is invalid");
        }
        return new Start(startKey.get(layout.hashKey()),
                layout.rangeKey() == null ? null : startKey.get(layout.rangeKey()), encoded);
    }

    private void checkSelect(String select) {
        if (index != null && index.layout().global() && "ALL_ATTRIBUTES".equals(select)
                && !index.layout().projectsAll()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES "
                    + "is not supported for global secondary index " + index.layout().indexName()
                    + " because its projection type is not ALL");
        }
    }

    /**
     * How a read turns what it finds into what it evaluates and returns. On a table or a global
     * index: the stored item, projected when asked. On a local index that does not project
     * everything, DynamoDB fetches the table item when the request needs attributes the index lacks
     * (Select ALL_ATTRIBUTES, a projection or filter naming them), charging the table for it.
     */
    Reading reading(String select, Projection projection, Set<String> filterAttributes, boolean consistentRead) {
        UnaryOperator<Map<String, AttributeValue>> output = projection == null ? null : projection::apply;
        if (index == null || index.layout().global() || index.layout().projectsAll()) {
            return new Reading(output, null);
        }
        IndexLayout layout = index.layout();
        boolean needsTable = "ALL_ATTRIBUTES".equals(select);
        if (projection != null) {
            for (DocumentPath path : projection.paths()) {
                needsTable |= !layout.projects(path.attributeName());
            }
        }
        for (String name : filterAttributes) {
            needsTable |= !layout.projects(name);
        }
        if (!needsTable) {
            return new Reading(output, null);
        }
        if (output == null && !"ALL_ATTRIBUTES".equals(select)) {
            // ALL_PROJECTED_ATTRIBUTES (the default on an index) returns the projection of the fetched item
            output = layout::project;
        }
        return new Reading(output, fetch(layout, consistentRead));
    }

    /** What a read returns of each item and how it fetches table items ({@code null}: it does not). */
    record Reading(UnaryOperator<Map<String, AttributeValue>> output, ItemFetch fetch) {
    }

    /**
     * Fetches the table item behind a local index entry. The entry is only taken if the item still
     * has the entry's index key: a writer may have moved it since the entry was read, and the item
     * then shows up (or showed up) at its new place in the index. A strongly consistent read takes
     * the item's stripe lock so it never sees an item halfway through a write.
     */
    private ItemFetch fetch(IndexLayout layout, boolean consistentRead) {
        String rangeKey = layout.rangeKey();
        String tableHash = metadata.hashKeyName();
        String tableRange = metadata.rangeKeyName();
        return entry -> {
            byte[] key = KeyEncoder.encode(entry.get(tableHash), tableRange == null ? null : entry.get(tableRange));
            byte[] stored;
            if (consistentRead) {
                ReentrantLock lock = table.locks().lockFor(key);
                lock.lock();
                try {
                    stored = table.items().get(key);
                } finally {
                    lock.unlock();
                }
            } else {
                stored = table.items().get(key);
            }
            if (stored == null) {
                return null;
            }
            Map<String, AttributeValue> item = ItemCodec.decode(stored);
            AttributeValue now = item.get(rangeKey);
            return now != null && now.equals(entry.get(rangeKey))
                    ? new ItemFetch.Fetched(item, ItemCodec.storedSize(stored)) : null;
        };
    }

    /** Whether an entry of this target belongs to a parallel scan's segment. */
    static int segmentOf(AttributeValue hash, int totalSegments) {
        return Math.floorMod(Arrays.hashCode(KeyEncoder.encode(hash, null)), totalSegments);
    }
}
