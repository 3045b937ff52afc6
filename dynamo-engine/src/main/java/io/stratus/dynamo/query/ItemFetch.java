package io.stratus.dynamo.query;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/**
 * Fetches the table item behind an entry of a local secondary index, for reads that need
 * attributes the index does not project.
 */
@FunctionalInterface
public interface ItemFetch {

    /** A fetched table item and its stored size (what the fetch is charged on). */
    record Fetched(Map<String, AttributeValue> item, long size) {
    }

    /** The table item {@code entry} points at, or {@code null} when it no longer does. */
    Fetched fetch(Map<String, AttributeValue> entry);
}
