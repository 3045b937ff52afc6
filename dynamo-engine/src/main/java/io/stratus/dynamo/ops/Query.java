package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.KeyCondition;
import io.stratus.dynamo.expr.KeyRange;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.expr.ValueOrder;
import io.stratus.dynamo.legacy.LegacyExpressions;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.query.KeyRanges;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Query: reads one partition, or a sort-key range of it, of a table or of one of its secondary
 * indexes, as a range cursor over the encoded keys, in sort-key order or reversed, a page at a
 * time.
 */
final class Query implements Operation {

    static final Shape SHAPE = Shape.structure("QueryInput")
            .member("TableName", Shapes.TABLE_NAME)
            .member("IndexName", Shape.string().pattern(Shapes.TABLE_NAME_PATTERN).minLength(3).maxLength(255))
            .member("Select", Shapes.SELECT)
            .member("AttributesToGet", Shapes.ATTRIBUTES_TO_GET)
            .member("Limit", Shape.integer().min(1))
            .member("ConsistentRead", Shape.bool())
            .member("KeyConditions", Shapes.CONDITIONS)
            .member("QueryFilter", Shapes.CONDITIONS)
            .member("ConditionalOperator", Shapes.CONDITIONAL_OPERATOR)
            .member("ScanIndexForward", Shape.bool())
            .member("ExclusiveStartKey", Shape.attributeMap())
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("ProjectionExpression", Shape.string())
            .member("FilterExpression", Shape.string())
            .member("KeyConditionExpression", Shape.string())
            .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES)
            .member("ExpressionAttributeValues", Shapes.EXPRESSION_ATTRIBUTE_VALUES);

    private static final List<String> EXPRESSIONS =
            List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");
    private static final List<String> NON_EXPRESSIONS =
            List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions");
    /** Query wraps its own checks' texts in the envelope of a shape validation failure. */
    private static final String ENVELOPE = "1 validation error detected: ";

    private final Catalog catalog;

    Query(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "Query";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        ExpressionParameters.checkCombination(request, EXPRESSIONS, NON_EXPRESSIONS);
        List<String> attributesToGet = Requests.strings(request, "AttributesToGet");
        ItemReads.checkAttributesToGet(attributesToGet);
        Map<String, AttributeValue> startKey = ItemReads.decodeStartKey(request);
        String keyText = Requests.text(request, "KeyConditionExpression");
        JsonNode keyConditions = Requests.member(request, "KeyConditions");
        if (keyText == null && keyConditions == null) {
            throw DynamoDbException.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        ItemReads.checkSelect(request, ENVELOPE);

        ExpressionContext expressions = ExpressionParameters.context(request);
        KeyCondition keyCondition;
        ReadFilter legacyFilter = ReadFilter.NONE;
        if (keyText != null) {
            keyCondition = expressions.keyCondition(keyText);
        } else {
            LegacyExpressions legacy = new LegacyExpressions();
            String legacyKey = legacy.keyConditions(keyConditions);
            JsonNode queryFilter = Requests.member(request, "QueryFilter");
            String legacyFilterText = queryFilter == null ? null
                    : legacy.filter(queryFilter, Requests.text(request, "ConditionalOperator"));
            ExpressionContext translated = legacy.context();
            keyCondition = translated.keyCondition(legacyKey);
            if (legacyFilterText != null) {
                legacyFilter = ReadFilter.of(translated, legacyFilterText, "QueryFilter",
                        Requests.has(request, "IndexName"));
            }
        }
        ReadFilter filter = ItemReads.filter(request, expressions, legacyFilter);
        Projection projection = ItemReads.projection(request, expressions, attributesToGet);
        expressions.verifyAllUsed();

        ReadTarget target = ItemReads.target(catalog, request, startKey);
        String select = Requests.text(request, "Select");
        ReadTarget.Start start = target.start(startKey, select);
        KeyRange range = keyCondition.bind(target.hashKey(), target.hashType(), target.rangeKey(), target.rangeType());
        boolean forward = !Boolean.FALSE.equals(Requests.bool(request, "ScanIndexForward"));

        KeyRanges.Bounds bounds = KeyRanges.of(range);
        byte[] low = bounds.low();
        byte[] high = bounds.high();
        if (start != null) {
            if (!ValueOrder.equal(start.hash(), range.partitionKeyValue())) {
                throw ItemReads.invalidStartKey("The provided starting key is outside query boundaries based on "
                        + "provided conditions");
            }
            if (range.sortKeyCondition() != null && !range.sortKeyCondition().test(start.range())) {
                throw DynamoDbException.validation("The provided starting key does not match the range key predicate");
            }
            if (forward) {
                low = Arrays.copyOf(start.encoded(), start.encoded().length + 1);
            } else {
                high = start.encoded();
            }
        }

        ItemReads.readPage(out, request, target, projection, filter, null, low, high, forward);
    }
}
