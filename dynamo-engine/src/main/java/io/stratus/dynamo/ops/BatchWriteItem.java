package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.capacity.ConsumedCapacity;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.index.IndexKeyCheck;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import io.stratus.dynamo.write.ItemWriter;
import io.stratus.dynamo.write.WriteResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchWriteItem: up to 25 puts and deletes over one or more tables. Every request is validated
 * (values, sizes, keys, tables, duplicates) before the first write, so an invalid batch changes
 * nothing; then each write is applied on its own, as in DynamoDB, which gives no atomicity across
 * a batch.
 */
final class BatchWriteItem implements Operation {

    /** Most writes one request may carry (API reference, BatchWriteItem). */
    static final int MAX_WRITES = 25;

    static final Shape SHAPE = Shape.structure("BatchWriteItemInput")
            .member("RequestItems", Shape.map("java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>",
                            Shape.list(Shape.structure("WriteRequest")
                                            .member("DeleteRequest", Shape.structure("DeleteRequest")
                                                    .member("Key", Shape.attributeMap().notNull()))
                                            .member("PutRequest", Shape.structure("PutRequest")
                                                    .member("Item", Shape.attributeMap().notNull())))
                                    .minLength(1).maxLength(25))
                    .notNull().minLength(1).maxLength(25))
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("ReturnItemCollectionMetrics", Shapes.RETURN_ITEM_COLLECTION_METRICS);

    /** One validated write: the item to put, or {@code null} to delete. */
    private record Write(Table table, PrimaryKey key, Map<String, AttributeValue> item) {
    }

    private final Catalog catalog;

    BatchWriteItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "BatchWriteItem";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        JsonNode requestItems = request.get("RequestItems");
        List<Write> writes = new ArrayList<>();
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Map<String, AttributeValue>> puts = new ArrayList<>();
            List<Map<String, AttributeValue>> deletes = new ArrayList<>();
            List<Boolean> order = new ArrayList<>();
            for (JsonNode writeRequest : e.getValue()) {
                JsonNode put = Requests.member(writeRequest, "PutRequest");
                JsonNode delete = Requests.member(writeRequest, "DeleteRequest");
                if ((put == null) == (delete == null)) {
                    // AWS's (odd) text for a WriteRequest with both or neither request, recorded by dynalite
                    throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
                            + "must contain exactly one of the supported datatypes");
                }
                if (put != null) {
                    Map<String, AttributeValue> item = AttributeValueJson.decodeMap(put.get("Item"));
                    ItemSize.checkLimit(item);
                    puts.add(item);
                    order.add(true);
                } else {
                    deletes.add(AttributeValueJson.decodeMap(delete.get("Key")));
                    order.add(false);
                }
                if (++count > MAX_WRITES) {
                    throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
                }
            }
            Table table = catalog.forItems(e.getKey());
            Set<ByteBuffer> seen = new HashSet<>();
            int p = 0;
            int d = 0;
            for (boolean isPut : order) {
                Map<String, AttributeValue> item = isPut ? puts.get(p++) : null;
                PrimaryKey key = isPut ? PrimaryKeys.fromItem(table.metadata(), item)
                        : PrimaryKeys.fromKey(table.metadata(), deletes.get(d++));
                if (isPut) {
                    IndexKeyCheck.checkItem(table.layouts(), item);
                }
                if (!seen.add(ByteBuffer.wrap(key.encoded()))) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                writes.add(new Write(table, key, item));
            }
        }

        String metricsMode = Requests.text(request, "ReturnItemCollectionMetrics");
        Map<String, ConsumedCapacity> capacity = new LinkedHashMap<>();
        Map<Table, List<AttributeValue>> collections = new LinkedHashMap<>();
        for (Write write : writes) {
            Map<String, AttributeValue> item = write.item();
            WriteResult result = ItemWriter.apply(write.table(), write.key(), old -> item);
            capacity.merge(write.table().metadata().tableName(), ItemRequests.capacity(result), ConsumedCapacity::plus);
            if (ItemCollectionMetricsWriter.wanted(metricsMode, write.table())
                    && (result.oldItem() != null || result.newItem() != null)) {
                collections.computeIfAbsent(write.table(), t -> new ArrayList<>()).add(write.key().hash());
            }
        }

        out.writeStartObject();
        out.writeObjectFieldStart("UnprocessedItems");
        out.writeEndObject();
        ConsumedCapacityWriter.writeList(out, Requests.text(request, "ReturnConsumedCapacity"), capacity, false);
        if (!collections.isEmpty()) {
            out.writeObjectFieldStart("ItemCollectionMetrics");
            for (Map.Entry<Table, List<AttributeValue>> e : collections.entrySet()) {
                out.writeArrayFieldStart(e.getKey().metadata().tableName());
                for (AttributeValue hash : e.getValue()) {
                    ItemCollectionMetricsWriter.writeMetrics(out, e.getKey(), hash);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
