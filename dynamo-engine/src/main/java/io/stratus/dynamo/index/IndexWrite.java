package io.stratus.dynamo.index;

/**
 * What one table write cost one secondary index, in write capacity units (0 when the index was
 * not touched).
 */
public record IndexWrite(String indexName, boolean global, double units) {
}
