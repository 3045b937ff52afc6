package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.expr.Update;
import io.stratus.dynamo.index.IndexKeyCheck;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.legacy.LegacyExpressions;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import io.stratus.dynamo.write.ItemWriter;
import io.stratus.dynamo.write.WriteCondition;
import io.stratus.dynamo.write.WriteResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UpdateItem: edits an item (creating it from its key when absent) with an UpdateExpression or
 * the legacy AttributeUpdates, optionally under a condition. The update is computed from the old
 * item inside the item's compare-and-swap, so concurrent counters never lose an increment.
 */
final class UpdateItem implements Operation {

    static final Shape SHAPE = Shape.structure("UpdateItemInput")
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("TableName", Shapes.TABLE_NAME)
            .member("Key", Shape.attributeMap().notNull())
            .member("AttributeUpdates", Shapes.ATTRIBUTE_UPDATES)
            .member("Expected", Shapes.EXPECTED)
            .member("ConditionalOperator", Shapes.CONDITIONAL_OPERATOR)
            .member("ReturnValues", Shapes.RETURN_VALUES)
            .member("ReturnItemCollectionMetrics", Shapes.RETURN_ITEM_COLLECTION_METRICS)
            .member("UpdateExpression", Shape.string())
            .member("ConditionExpression", Shape.string())
            .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES)
            .member("ExpressionAttributeValues", Shapes.EXPRESSION_ATTRIBUTE_VALUES)
            .member("ReturnValuesOnConditionCheckFailure", Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);

    private static final List<String> EXPRESSIONS = List.of("UpdateExpression", "ConditionExpression");
    private static final List<String> NON_EXPRESSIONS = List.of("AttributeUpdates", "Expected", "ConditionalOperator");

    private final Catalog catalog;

    UpdateItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "UpdateItem";
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
        ExpressionParameters.checkCombination(request, EXPRESSIONS, NON_EXPRESSIONS);
        Map<String, AttributeValue> keyValues = AttributeValueJson.decodeMap(request.get("Key"));
        String returnValues = Requests.text(request, "ReturnValues");
        if (returnValues == null) {
            returnValues = "NONE";
        }
        String updateText = Requests.text(request, "UpdateExpression");
        String conditionText = Requests.text(request, "ConditionExpression");
        ExpressionContext expressions;
        JsonNode attributeUpdates = Requests.member(request, "AttributeUpdates");
        JsonNode expected = Requests.member(request, "Expected");
        if (attributeUpdates != null || expected != null) {
            LegacyExpressions legacy = new LegacyExpressions();
            updateText = attributeUpdates == null ? null : legacy.attributeUpdates(attributeUpdates);
            conditionText = expected == null ? null : legacy.expected(expected, Requests.text(request, "ConditionalOperator"));
            expressions = legacy.context();
        } else {
            expressions = ExpressionParameters.context(request);
        }
        // AWS resolves UpdateExpression before ConditionExpression (ExpressionContext's order)
        Update update = updateText == null ? null : expressions.update(updateText);
        Condition condition = conditionText == null ? null : expressions.condition(conditionText, "ConditionExpression");
        expressions.verifyAllUsed();
        WriteCondition writeCondition = WriteConditions.of(request, condition);

        Table table = catalog.forItems(Requests.text(request, "TableName"));
        PrimaryKey key = PrimaryKeys.fromKey(table.metadata(), keyValues);
        if (update != null) {
            List<String> keyNames = new ArrayList<>(2);
            for (KeyElement element : table.metadata().keySchema()) {
                keyNames.add(element.attributeName());
            }
            update.checkKeyAttributesUntouched(keyNames);
        }

        WriteResult result = ItemWriter.apply(table, key, old -> {
            writeCondition.check(old);
            Map<String, AttributeValue> base = old;
            if (base == null) {
                // a new item starts from its key, in the table's key order
                base = new LinkedHashMap<>(4);
                for (KeyElement element : table.metadata().keySchema()) {
                    base.put(element.attributeName(), keyValues.get(element.attributeName()));
                }
            }
            Map<String, AttributeValue> next = update == null ? base : update.apply(base);
            if (ItemSize.of(next) > ItemSize.MAX_ITEM_BYTES) {
                throw DynamoDbException.validation("Item size to update has exceeded the maximum allowed size");
            }
            IndexKeyCheck.checkUpdated(table.layouts(), next);
            return next;
        });

        Map<String, AttributeValue> attributes = switch (returnValues) {
            case "ALL_OLD" -> result.oldItem();
            case "ALL_NEW" -> result.newItem();
            case "UPDATED_OLD" -> updated(update, result.oldItem());
            case "UPDATED_NEW" -> updated(update, result.newItem());
            default -> null;
        };
        ItemRequests.writeResponse(out, request, table, key, result, attributes, true);
    }

    /** The parts of {@code item} the update wrote: what UPDATED_OLD and UPDATED_NEW return. */
    private static Map<String, AttributeValue> updated(Update update, Map<String, AttributeValue> item) {
        if (update == null || item == null) {
            return null;
        }
        return Projection.of(update.updatedPaths()).apply(item);
    }
}
