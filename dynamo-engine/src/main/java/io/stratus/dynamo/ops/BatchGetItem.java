package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.capacity.ConsumedCapacity;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
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
 * BatchGetItem: reads up to 100 items by key from one or more tables. The whole request is
 * validated before anything is read; keys past the 16 MB response limit come back as
 * {@code UnprocessedKeys}.
 */
final class BatchGetItem implements Operation {

    /** Most keys one request may name (API reference, BatchGetItem). */
    static final int MAX_KEYS = 100;
    /** Most item data one response carries (API reference: "up to 16 MB of data"). */
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    static final Shape SHAPE = Shape.structure("BatchGetItemInput")
            .member("RequestItems", Shape.map("com.amazonaws.dynamodb.v20120810.KeysAndAttributes",
                            Shape.structure("KeysAndAttributes")
                                    .member("Keys", Shape.list(Shape.attributeMap()).notNull().minLength(1).maxLength(100))
                                    .member("AttributesToGet", Shapes.ATTRIBUTES_TO_GET)
                                    .member("ConsistentRead", Shape.bool())
                                    .member("ProjectionExpression", Shape.string())
                                    .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES))
                    .notNull().minLength(1).maxLength(100))
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY);

    /** One table's part of the request, validated. */
    private record TableRead(String name, Table table, JsonNode spec, List<PrimaryKey> keys, Projection projection,
                             List<String> attributesToGet, boolean consistent) {
    }

    private final Catalog catalog;

    BatchGetItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "BatchGetItem";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        JsonNode requestItems = request.get("RequestItems");
        int keyCount = 0;
        for (JsonNode spec : requestItems) {
            keyCount += spec.get("Keys").size();
        }
        if (keyCount > MAX_KEYS) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        List<TableRead> reads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            reads.add(prepare(e.getKey(), e.getValue()));
        }

        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, List<PrimaryKey>> unprocessed = new LinkedHashMap<>();
        Map<String, ConsumedCapacity> capacity = new LinkedHashMap<>();
        long responseBytes = 0;
        for (TableRead read : reads) {
            List<Map<String, AttributeValue>> items = responses.computeIfAbsent(read.name(), n -> new ArrayList<>());
            double units = 0;
            for (PrimaryKey key : read.keys()) {
                if (responseBytes >= MAX_RESPONSE_BYTES) {
                    unprocessed.computeIfAbsent(read.name(), n -> new ArrayList<>()).add(key);
                    continue;
                }
                byte[] stored = read.table().items().get(key.encoded());
                long size = stored == null ? 0 : ItemCodec.storedSize(stored);
                units += CapacityUnits.read(size, read.consistent());
                if (stored != null) {
                    responseBytes += size;
                    Map<String, AttributeValue> item = ItemCodec.decode(stored);
                    items.add(read.projection() == null ? item : read.projection().apply(item));
                }
            }
            capacity.put(read.table().metadata().tableName(), ConsumedCapacity.ofTable(units));
        }

        out.writeStartObject();
        out.writeObjectFieldStart("Responses");
        for (Map.Entry<String, List<Map<String, AttributeValue>>> e : responses.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (Map<String, AttributeValue> item : e.getValue()) {
                AttributeValueJson.writeMap(out, item);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeObjectFieldStart("UnprocessedKeys");
        for (TableRead read : reads) {
            List<PrimaryKey> keys = unprocessed.get(read.name());
            if (keys != null) {
                writeUnprocessed(out, read, keys);
            }
        }
        out.writeEndObject();
        ConsumedCapacityWriter.writeList(out, Requests.text(request, "ReturnConsumedCapacity"), capacity, true);
        out.writeEndObject();
    }

    private TableRead prepare(String tableName, JsonNode spec) {
        ExpressionParameters.checkCombination(spec, List.of("ProjectionExpression"), List.of("AttributesToGet"));
        List<String> attributesToGet = Requests.strings(spec, "AttributesToGet");
        ItemReads.checkAttributesToGet(attributesToGet);
        List<Map<String, AttributeValue>> keyValues = new ArrayList<>();
        for (JsonNode key : spec.get("Keys")) {
            keyValues.add(AttributeValueJson.decodeMap(key));
        }
        Projection projection = null;
        String projectionText = Requests.text(spec, "ProjectionExpression");
        if (projectionText != null) {
            ExpressionContext expressions = ExpressionParameters.context(spec);
            projection = expressions.projection(projectionText);
            expressions.verifyAllUsed();
        } else if (attributesToGet != null) {
            projection = ItemReads.attributesToGet(attributesToGet);
        }
        Table table = catalog.forItems(tableName);
        List<PrimaryKey> keys = new ArrayList<>(keyValues.size());
        Set<ByteBuffer> seen = new HashSet<>();
        for (Map<String, AttributeValue> values : keyValues) {
            PrimaryKey key = PrimaryKeys.fromKey(table.metadata(), values);
            if (!seen.add(ByteBuffer.wrap(key.encoded()))) {
                throw DynamoDbException.validation("Provided list of item keys contains duplicates");
            }
            keys.add(key);
        }
        return new TableRead(tableName, table, spec, keys, projection, attributesToGet,
                Boolean.TRUE.equals(Requests.bool(spec, "ConsistentRead")));
    }

    /** Echoes a table's request with only the keys not read, as AWS does, so a client can resend it as is. */
    private static void writeUnprocessed(JsonGenerator out, TableRead read, List<PrimaryKey> keys) throws IOException {
        out.writeObjectFieldStart(read.name());
        out.writeArrayFieldStart("Keys");
        for (PrimaryKey key : keys) {
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            values.put(read.table().metadata().hashKeyName(), key.hash());
            if (key.range() != null) {
                values.put(read.table().metadata().rangeKeyName(), key.range());
            }
            AttributeValueJson.writeMap(out, values);
        }
        out.writeEndArray();
        for (Iterator<Map.Entry<String, JsonNode>> it = read.spec().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("Keys") && !e.getValue().isNull()) {
                out.writeFieldName(e.getKey());
                out.writeTree(e.getValue());
            }
        }
        out.writeEndObject();
    }
}
