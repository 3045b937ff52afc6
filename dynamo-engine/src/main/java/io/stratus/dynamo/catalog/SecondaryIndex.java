package io.stratus.dynamo.catalog;

import java.util.List;

/**
 * A global or local secondary index as declared: its key schema, projection and (for a global
 * index on a provisioned table) throughput. Its entries are kept by {@code index.LiveIndex}.
 */
public record SecondaryIndex(String indexName, List<KeyElement> keySchema, String projectionType,
                             List<String> nonKeyAttributes, Throughput throughput) {

    public SecondaryIndex {
        keySchema = List.copyOf(keySchema);
        nonKeyAttributes = nonKeyAttributes == null ? null : List.copyOf(nonKeyAttributes);
    }
}
