package io.stratus.dynamo.catalog;

import io.stratus.dynamo.model.AttributeValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything DynamoDB knows about a table apart from its items. Immutable; changes produce a
 * new instance via the {@code with...} methods.
 *
 * @param storeName the name of the item store holding this table's items; unique per creation
 *     so that a table deleted and recreated never sees old items
 */
public record TableMetadata(String tableName, String tableId, String storeName, BigDecimal creationDateTime,
                            List<KeyElement> keySchema, List<AttributeDefinition> attributeDefinitions,
                            String billingMode, Throughput throughput, BigDecimal lastUpdateToPayPerRequestDateTime,
                            List<SecondaryIndex> globalSecondaryIndexes, List<SecondaryIndex> localSecondaryIndexes,
                            TableOptions options, boolean deletionProtectionEnabled) {

    /** Billing mode of tables with provisioned capacity (the default). */
    public static final String PROVISIONED = "PROVISIONED";
    /** Billing mode of on-demand tables. */
    public static final String PAY_PER_REQUEST = "PAY_PER_REQUEST";

    public TableMetadata {
        keySchema = List.copyOf(keySchema);
        attributeDefinitions = List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
    }

    /** The partition key attribute's name. */
    public String hashKeyName() {
        return keySchema.get(0).attributeName();
    }

    /** The sort key attribute's name, or {@code null} for a table without one. */
    public String rangeKeyName() {
        return keySchema.size() > 1 ? keySchema.get(1).attributeName() : null;
    }

    /** The declared type of a key attribute. */
    public AttributeValue.Type typeOf(String attributeName) {
        for (AttributeDefinition d : attributeDefinitions) {
            if (d.attributeName().equals(attributeName)) {
                return d.attributeType();
            }
        }
        throw new IllegalStateException("no definition for key attribute " + attributeName);
    }

    /** This table with other billing settings. */
    public TableMetadata withBilling(String mode, Throughput newThroughput, BigDecimal lastUpdateToPayPerRequest) {
        return new TableMetadata(tableName, tableId, storeName, creationDateTime, keySchema, attributeDefinitions, mode,
                newThroughput, lastUpdateToPayPerRequest, globalSecondaryIndexes, localSecondaryIndexes, options,
                deletionProtectionEnabled);
    }

    /** This table with other options. */
    public TableMetadata withOptions(TableOptions newOptions) {
        return new TableMetadata(tableName, tableId, storeName, creationDateTime, keySchema, attributeDefinitions,
                billingMode, throughput, lastUpdateToPayPerRequestDateTime, globalSecondaryIndexes,
                localSecondaryIndexes, newOptions, deletionProtectionEnabled);
    }

    /** This table with deletion protection switched. */
    public TableMetadata withDeletionProtection(boolean enabled) {
        return new TableMetadata(tableName, tableId, storeName, creationDateTime, keySchema, attributeDefinitions,
                billingMode, throughput, lastUpdateToPayPerRequestDateTime, globalSecondaryIndexes,
                localSecondaryIndexes, options, enabled);
    }

    /** This table with other global secondary indexes and the attribute definitions their keys need. */
    public TableMetadata withGlobalIndexes(List<AttributeDefinition> definitions, List<SecondaryIndex> globals) {
        return new TableMetadata(tableName, tableId, storeName, creationDateTime, keySchema, definitions,
                billingMode, throughput, lastUpdateToPayPerRequestDateTime, globals, localSecondaryIndexes, options,
                deletionProtectionEnabled);
    }
}
