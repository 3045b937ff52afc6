package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.item.StoredItemJson;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GetItem: reads one item by key, optionally projected by {@code ProjectionExpression} or the
 * legacy {@code AttributesToGet}. Every read is strongly consistent; {@code ConsistentRead}
 * only changes the capacity reported.
 */
final class GetItem implements Operation {

    static final Shape SHAPE = Shape.structure("GetItemInput")
            .member("AttributesToGet", Shape.list(Shape.string()).minLength(1).maxLength(255))
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("TableName", Shapes.TABLE_NAME)
            .member("Key", Shape.attributeMap().notNull())
            .member("ConsistentRead", Shape.bool())
            .member("ProjectionExpression", Shape.string())
            .member("ExpressionAttributeNames", Shape.stringMap());

    private final Catalog catalog;

    GetItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "GetItem";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        String projectionExpression = Requests.text(request, "ProjectionExpression");
        List<String> attributesToGet = Requests.strings(request, "AttributesToGet");
        JsonNode namesNode = Requests.member(request, "ExpressionAttributeNames");
        if (projectionExpression != null && attributesToGet != null) {
            throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        }
        if (namesNode != null && projectionExpression == null) {
            throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        Map<String, AttributeValue> keyValues = AttributeValueJson.decodeMap(request.get("Key"));
        if (attributesToGet != null) {
            Set<String> seen = new HashSet<>();
            for (String name : attributesToGet) {
                if (!seen.add(name)) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: Duplicate value in attribute name: " + name);
                }
            }
        }
        Projection projection = null;
        if (projectionExpression != null) {
            ExpressionContext expressions = new ExpressionContext(names(namesNode), null);
            projection = expressions.projection(projectionExpression);
            expressions.verifyAllUsed();
        }
        Table table = catalog.forItems(Requests.text(request, "TableName"));
        PrimaryKey key = PrimaryKeys.fromKey(table.metadata(), keyValues);

        byte[] stored = table.items().get(key.encoded());
        out.writeStartObject();
        if (stored != null) {
            out.writeFieldName("Item");
            if (projection != null) {
                AttributeValueJson.writeMap(out, projection.apply(ItemCodec.decode(stored)));
            } else if (attributesToGet != null) {
                AttributeValueJson.writeMap(out, select(ItemCodec.decode(stored), attributesToGet));
            } else {
                // the whole item as stored: straight from its bytes, nothing decoded
                StoredItemJson.write(out, stored);
            }
        }
        boolean consistent = Boolean.TRUE.equals(Requests.bool(request, "ConsistentRead"));
        // AWS charges for the whole item, whatever the projection returns
        ConsumedCapacityWriter.write(out, Requests.text(request, "ReturnConsumedCapacity"), table.metadata().tableName(),
                CapacityUnits.read(stored == null ? 0 : ItemCodec.storedSize(stored), consistent), true);
        out.writeEndObject();
    }

    private static Map<String, AttributeValue> select(Map<String, AttributeValue> item, List<String> names) {
        Map<String, AttributeValue> selected = new LinkedHashMap<>();
        for (String name : names) {
            AttributeValue v = item.get(name);
            if (v != null) {
                selected.put(name, v);
            }
        }
        return selected;
    }

    private static Map<String, String> names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                names.put(e.getKey(), e.getValue().textValue());
            }
        }
        return names;
    }
}
