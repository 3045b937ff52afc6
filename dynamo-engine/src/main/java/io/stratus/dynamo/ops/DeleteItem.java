package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
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
 * DeleteItem: removes an item by key, optionally under a condition checked inside the item's
 * compare-and-swap; deleting an absent item succeeds.
 */
final class DeleteItem implements Operation {

    static final Shape SHAPE = Shape.structure("DeleteItemInput")
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("TableName", Shapes.TABLE_NAME)
            .member("ReturnValues", Shapes.RETURN_VALUES)
            .member("ReturnItemCollectionMetrics", Shapes.RETURN_ITEM_COLLECTION_METRICS)
            .member("Expected", Shapes.EXPECTED)
            .member("ConditionalOperator", Shapes.CONDITIONAL_OPERATOR)
            .member("ConditionExpression", Shape.string())
            .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES)
            .member("ExpressionAttributeValues", Shapes.EXPRESSION_ATTRIBUTE_VALUES)
            .member("ReturnValuesOnConditionCheckFailure", Shapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
            .member("Key", Shape.attributeMap().notNull());

    private final Catalog catalog;

    DeleteItem(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "DeleteItem";
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
        Map<String, AttributeValue> keyValues = AttributeValueJson.decodeMap(request.get("Key"));
        boolean returnOld = ItemRequests.returnsOld(Requests.text(request, "ReturnValues"));
        WriteCondition condition = WriteConditions.read(request);
        Table table = catalog.forItems(Requests.text(request, "TableName"));
        PrimaryKey key = PrimaryKeys.fromKey(table.metadata(), keyValues);

        WriteResult result = ItemWriter.apply(table, key, old -> {
            condition.check(old);
            return null;
        });

        ItemRequests.writeResponse(out, request, table, key, result, returnOld ? result.oldItem() : null,
                result.oldItem() != null);
    }
}
