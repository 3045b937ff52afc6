package io.stratus.dynamo.index;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * Rejects items whose secondary index key attributes DynamoDB cannot index: a present index key
 * attribute must have its declared type and, for S and B, must not be empty. Absent is fine (the
 * item is simply not in that index).
 *
 * <p>AWS reports type mismatches before empty values, and among several indexes the first by name
 * (as captured from DynamoDB by other emulators' suites). An empty value written by an
 * UpdateExpression gets a different, index-less text than one in a whole item.
 */
public final class IndexKeyCheck {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String NOT_VALID = "One or more parameter values are not valid. ";

    private IndexKeyCheck() {
    }

    /** Checks an item given whole (PutItem, BatchWriteItem); {@code indexes} sorted by name. */
    public static void checkItem(List<IndexLayout> indexes, Map<String, AttributeValue> item) {
        check(indexes, item, false);
    }

    /** Checks the item an UpdateItem produced; {@code indexes} sorted by name. */
    public static void checkUpdated(List<IndexLayout> indexes, Map<String, AttributeValue> item) {
        check(indexes, item, true);
    }

    private static void check(List<IndexLayout> indexes, Map<String, AttributeValue> item, boolean updated) {
        for (IndexLayout index : indexes) {
            checkType(index, index.hashKey(), index.hashType(), item);
            if (index.rangeKey() != null) {
                checkType(index, index.rangeKey(), index.rangeType(), item);
            }
        }
        for (IndexLayout index : indexes) {
            for (String name : index.keyNames()) {
                AttributeValue value = item.get(name);
                String kind = value instanceof AttributeValue.S s && s.value().isEmpty() ? "string"
                        : value instanceof AttributeValue.B b && b.value().length == 0 ? "binary" : null;
                if (kind == null) {
                    continue;
                }
                if (updated) {
                    throw DynamoDbException.validation(NOT_VALID + "The update expression attempted to update a "
                            + "secondary index key to a value that is not supported. The AttributeValue for a key "
                            + "attribute cannot contain an empty " + kind + " value.");
                }
                throw DynamoDbException.validation(NOT_VALID + "A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an empty " + kind
                        + " value. IndexName: " + index.indexName() + ", IndexKey: " + name);
            }
        }
    }

    private static void checkType(IndexLayout index, String name, AttributeValue.Type type,
                                  Map<String, AttributeValue> item) {
        AttributeValue value = item.get(name);
        if (value != null && value.type() != type) {
            throw DynamoDbException.validation(INVALID + "Type mismatch for Index Key " + name + " Expected: "
                    + type.descriptor() + " Actual: " + value.type().descriptor() + " IndexName: "
                    + index.indexName());
        }
    }
}
