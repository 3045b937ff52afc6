package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.capacity.ConsumedCapacity;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.index.IndexWrite;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.write.WriteResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks and response members shared by the single-item operations. */
final class ItemRequests {

    private ItemRequests() {
    }

    /** PutItem and DeleteItem can only return the old item. */
    static boolean returnsOld(String returnValues) {
        if (returnValues == null || returnValues.equals("NONE")) {
            return false;
        }
        if (returnValues.equals("ALL_OLD")) {
            return true;
        }
        throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
    }

    /**
     * Writes the response of PutItem, DeleteItem and UpdateItem: {@code attributes} (what
     * ReturnValues asked for; nothing when {@code null} or empty), ConsumedCapacity, and
     * ItemCollectionMetrics when asked for and {@code collectionChanged} (a DeleteItem of an
     * absent item changes no collection and gets none).
     */
    static void writeResponse(JsonGenerator out, JsonNode request, Table table, PrimaryKey key, WriteResult result,
                              Map<String, AttributeValue> attributes, boolean collectionChanged) throws IOException {
        out.writeStartObject();
        if (attributes != null && !attributes.isEmpty()) {
            out.writeFieldName("Attributes");
            AttributeValueJson.writeMap(out, attributes);
        }
        ConsumedCapacityWriter.write(out, Requests.text(request, "ReturnConsumedCapacity"), table.metadata().tableName(),
                capacity(result), false);
        if (collectionChanged
                && ItemCollectionMetricsWriter.wanted(Requests.text(request, "ReturnItemCollectionMetrics"), table)) {
            ItemCollectionMetricsWriter.write(out, table, key.hash());
        }
        out.writeEndObject();
    }

    /** What a write consumed: the table's units for the larger of old and new item, plus each index written. */
    static ConsumedCapacity capacity(WriteResult result) {
        double table = CapacityUnits.write(result.oldSize(), result.newSize());
        if (result.indexWrites().isEmpty()) {
            return ConsumedCapacity.ofTable(table);
        }
        Map<String, Double> globals = new LinkedHashMap<>();
        Map<String, Double> locals = new LinkedHashMap<>();
        for (IndexWrite write : result.indexWrites()) {
            (write.global() ? globals : locals).put(write.indexName(), write.units());
        }
        return new ConsumedCapacity(table, globals, locals);
    }
}
