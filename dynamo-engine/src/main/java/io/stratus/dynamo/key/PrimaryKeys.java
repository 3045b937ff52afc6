package io.stratus.dynamo.key;

import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Extracts and validates primary keys from a {@code Key} parameter or a whole item, with DynamoDB's messages. */
public final class PrimaryKeys {

    /** Largest partition key value in bytes (developer guide, "Service, account, and table quotas"). */
    public static final int MAX_HASH_KEY_BYTES = 2048;
    /** Largest sort key value in bytes (same source). */
    public static final int MAX_RANGE_KEY_BYTES = 1024;

    private static final String INVALID = "One or more parameter values were invalid: ";
    /** AWS words the empty-key error differently from its other key errors ("are not valid."). */
    private static final String KEY_NOT_VALID = "One or more parameter values are not valid. ";

    private PrimaryKeys() {
    }

    /** The key named by a {@code Key} parameter, which must hold exactly the table's key attributes. */
    public static PrimaryKey fromKey(TableMetadata table, Map<String, AttributeValue> key) {
        if (key.size() != table.keySchema().size()) {
            throw schemaMismatch();
        }
        AttributeValue[] parts = new AttributeValue[2];
        int i = 0;
        for (KeyElement element : table.keySchema()) {
            AttributeValue value = key.get(element.attributeName());
            if (value == null || value.type() != table.typeOf(element.attributeName())) {
                throw schemaMismatch();
            }
            checkValue(element.attributeName(), value, i == 0);
            parts[i++] = value;
        }
        return new PrimaryKey(parts[0], parts[1], KeyEncoder.encode(parts[0], parts[1]));
    }

    /** The key of an item to be written, which must contain the table's key attributes with their declared types. */
    public static PrimaryKey fromItem(TableMetadata table, Map<String, AttributeValue> item) {
        AttributeValue[] parts = new AttributeValue[2];
        int i = 0;
        for (KeyElement element : table.keySchema()) {
            String name = element.attributeName();
            AttributeValue value = item.get(name);
            if (value == null) {
                throw DynamoDbException.validation(INVALID + "Missing the key " + name + " in the item");
            }
            AttributeValue.Type expected = table.typeOf(name);
            if (value.type() != expected) {
                throw DynamoDbException.validation(INVALID + "Type mismatch for key " + name + " expected: "
                        + expected.descriptor() + " actual: " + value.type().descriptor());
            }
            checkValue(name, value, i == 0);
            parts[i++] = value;
        }
        return new PrimaryKey(parts[0], parts[1], KeyEncoder.encode(parts[0], parts[1]));
    }

    private static void checkValue(String name, AttributeValue value, boolean isHash) {
        int length;
        if (value instanceof AttributeValue.S s) {
            if (s.value().isEmpty()) {
                throw DynamoDbException.validation(KEY_NOT_VALID
                        + "The AttributeValue for a key attribute cannot contain an empty string value. Key: " + name);
            }
            length = s.value().getBytes(StandardCharsets.UTF_8).length;
        } else if (value instanceof AttributeValue.B b) {
            if (b.value().length == 0) {
                throw DynamoDbException.validation(KEY_NOT_VALID
                        + "The AttributeValue for a key attribute cannot contain an empty binary value. Key: " + name);
            }
            length = b.value().length;
        } else {
            return;
        }
        if (isHash && length > MAX_HASH_KEY_BYTES) {
            // "of2048" without a space is AWS's text
            throw DynamoDbException.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (!isHash && length > MAX_RANGE_KEY_BYTES) {
            throw DynamoDbException.validation(
                    INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        }
    }

    private static DynamoDbException schemaMismatch() {
        return DynamoDbException.validation("The provided key element does not match the schema");
    }
}
