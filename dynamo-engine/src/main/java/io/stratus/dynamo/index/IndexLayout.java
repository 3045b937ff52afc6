package io.stratus.dynamo.index;

import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.SecondaryIndex;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.key.KeyEncoder;
import io.stratus.dynamo.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of one secondary index over one table: its key attributes and types, the table's key
 * attributes, and what it projects. Computes the entry an item makes in the index, if any.
 *
 * <p>An item is in the index only when it has every index key attribute with the declared type
 * and a non-empty value (writes that would violate this are rejected before they reach here, see
 * {@link IndexKeyCheck}); that is what makes indexes sparse.
 */
public final class IndexLayout {

    /** Projection type that copies whole items. */
    public static final String ALL = "ALL";

    private final String indexName;
    private final boolean global;
    private final String hashKey;
    private final AttributeValue.Type hashType;
    private final String rangeKey;
    private final AttributeValue.Type rangeType;
    private final String tableHashKey;
    private final String tableRangeKey;
    private final boolean projectsAll;
    /** Every attribute the index holds (keys and projected non-key attributes); empty when ALL. */
    private final Set<String> projected;
    /** The attributes of a LastEvaluatedKey on this index: index keys, then the table keys not among them. */
    private final List<String> startKeyNames;

    /** The layout of {@code index} on {@code table}; {@code global} tells a GSI from an LSI. */
    public IndexLayout(TableMetadata table, SecondaryIndex index, boolean global) {
        this.indexName = index.indexName();
        this.global = global;
        List<KeyElement> keys = index.keySchema();
        this.hashKey = keys.get(0).attributeName();
        this.hashType = table.typeOf(hashKey);
        this.rangeKey = keys.size() > 1 ? keys.get(1).attributeName() : null;
        this.rangeType = rangeKey == null ? null : table.typeOf(rangeKey);
        this.tableHashKey = table.hashKeyName();
        this.tableRangeKey = table.rangeKeyName();
        this.projectsAll = ALL.equals(index.projectionType());
        Set<String> names = new LinkedHashSet<>();
        names.add(hashKey);
        if (rangeKey != null) {
            names.add(rangeKey);
        }
        names.add(tableHashKey);
        if (tableRangeKey != null) {
            names.add(tableRangeKey);
        }
        this.startKeyNames = List.copyOf(names);
        if (!projectsAll && index.nonKeyAttributes() != null) {
            names.addAll(index.nonKeyAttributes());
        }
        this.projected = projectsAll ? Set.of() : Collections.unmodifiableSet(names);
    }

    /** The index's name. */
    public String indexName() {
        return indexName;
    }

    /** Whether this is a global (not local) secondary index. */
    public boolean global() {
        return global;
    }

    /** The index's partition key attribute. */
    public String hashKey() {
        return hashKey;
    }

    /** The declared type of the index's partition key. */
    public AttributeValue.Type hashType() {
        return hashType;
    }

    /** The index's sort key attribute, or {@code null}. */
    public String rangeKey() {
        return rangeKey;
    }

    /** The declared type of the index's sort key, or {@code null}. */
    public AttributeValue.Type rangeType() {
        return rangeType;
    }

    /** Whether the index projects whole items. */
    public boolean projectsAll() {
        return projectsAll;
    }

    /** Whether the index holds top-level attribute {@code name}. */
    public boolean projects(String name) {
        return projectsAll || projected.contains(name);
    }

    /** The attribute names of a LastEvaluatedKey (and so of an ExclusiveStartKey) on this index. */
    public List<String> startKeyNames() {
        return startKeyNames;
    }

    /** The names of the index's own key attributes (one or two). */
    public List<String> keyNames() {
        return rangeKey == null ? List.of(hashKey) : List.of(hashKey, rangeKey);
    }

    /** Whether {@code item} has a usable value for every index key attribute, i.e. belongs in the index. */
    public boolean indexes(Map<String, AttributeValue> item) {
        return usable(item.get(hashKey), hashType) && (rangeKey == null || usable(item.get(rangeKey), rangeType));
    }

    /**
     * The entry key of {@code item}: index key then table key, each order-preserving and
     * prefix-free, so entries with equal index keys are ordered by table key and never collide.
     * {@code null} when the item is not in the index.
     */
    public byte[] entryKey(Map<String, AttributeValue> item) {
        if (!indexes(item)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        KeyEncoder.append(out, item.get(hashKey));
        if (rangeKey != null) {
            KeyEncoder.append(out, item.get(rangeKey));
        }
        KeyEncoder.append(out, item.get(tableHashKey));
        if (tableRangeKey != null) {
            KeyEncoder.append(out, item.get(tableRangeKey));
        }
        return out.toByteArray();
    }

    /** What the index stores of {@code item}: the item itself when it projects ALL, else its projected attributes. */
    public Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        if (projectsAll) {
            return item;
        }
        Map<String, AttributeValue> entry = new LinkedHashMap<>(projected.size() * 2);
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            if (projected.contains(e.getKey())) {
                entry.put(e.getKey(), e.getValue());
            }
        }
        return entry;
    }

    /** The LastEvaluatedKey for an entry read from this index. */
    public Map<String, AttributeValue> startKeyOf(Map<String, AttributeValue> entry) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(8);
        for (String name : startKeyNames) {
            key.put(name, entry.get(name));
        }
        return key;
    }

    /** The layouts of every index of {@code table}: global indexes first, each group in declared order. */
    public static List<IndexLayout> of(TableMetadata table) {
        List<IndexLayout> layouts = new ArrayList<>();
        for (SecondaryIndex index : table.globalSecondaryIndexes()) {
            layouts.add(new IndexLayout(table, index, true));
        }
        for (SecondaryIndex index : table.localSecondaryIndexes()) {
            layouts.add(new IndexLayout(table, index, false));
        }
        return layouts;
    }

    private static boolean usable(AttributeValue value, AttributeValue.Type type) {
        if (value == null || value.type() != type) {
            return false;
        }
        if (value instanceof AttributeValue.S s) {
            return !s.value().isEmpty();
        }
        if (value instanceof AttributeValue.B b) {
            return b.value().length > 0;
        }
        return true;
    }
}
