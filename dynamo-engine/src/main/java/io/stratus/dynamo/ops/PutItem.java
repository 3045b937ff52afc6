package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.index.IndexKeyCheck;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import io.stratus.dynamo.write.ItemWriter;
import io.stratus.dynamo.write.WriteCondition;
import io.stratus.dynamo.write.WriteResult;
import java.io.IOException;
import java.util.Map;

/**
 * PutItem: replaces an item as a whole, optionally under a condition on the item it replaces.
 * Prepared (values, ReturnValues, size, condition, key) before the store is touched; the
 * condition runs inside the item's compare-and-swap.
 */
final class PutItem implements Operation {

    static final Shape SHAPE = Shape.structure("PutItemInput")
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("TableName", Shapes.TABLE_NAME)
            .member("Item", Shape.attributeMap().notNull())
            .member("ReturnValues", Shapes.RETURN_VALUES)
            .member("ReturnItemCollectionMetrics", Shapes.RETURN_ITEM_COLLECTION_METRICS)
            .member("Expected", Shapes.EXPECTED)
            .member("ConditionalOperator", Shapes.CONDITIONAL_OPERATOR)
            .member("ConditionExpression", Shape.string())
            .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES)
            .member("ExpressionAttributeValues", Shapes.EXPRESSION_ATTRIBUTE_VALUES)
            .member("ReturnValuesOnConditionCheckFailure", Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);

    private final Catalog catalog;

    PutItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "PutItem";
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
        WriteConditions.checkCombination(request);
        Map<String, AttributeValue> item = AttributeValueJson.decodeMap(request.get("Item"));
        boolean returnOld = ItemRequests.returnsOld(Requests.text(request, "ReturnValues"));
        long size = ItemSize.checkLimit(item);
        WriteCondition condition = WriteConditions.read(request);
        Table table = catalog.forItems(Requests.text(request, "TableName"));
        PrimaryKey key = PrimaryKeys.fromItem(table.metadata(), item);
        IndexKeyCheck.checkItem(table.layouts(), item);

        // nothing reads the item being replaced: skip decoding it
        WriteResult result = condition.condition() == null && !returnOld
                ? ItemWriter.replace(table, key, item, size)
                : ItemWriter.apply(table, key, old -> {
                    condition.check(old);
                    return item;
                });

        ItemRequests.writeResponse(out, request, table, key, result, returnOld ? result.oldItem() : null, true);
    }
}
