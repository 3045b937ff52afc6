package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.legacy.LegacyExpressions;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scan: reads a whole table or secondary index in key order a page at a time, optionally as one
 * segment of a parallel scan. A partition (of the table or index) belongs to segment
 * {@code hash(encoded partition key) mod TotalSegments}, so segments are disjoint, together
 * complete, and each keeps whole partitions.
 */
final class Scan implements Operation {

    static final Shape SHAPE = Shape.structure("ScanInput")
            .member("TableName", Shapes.TABLE_NAME)
            .member("IndexName", Shape.string().pattern(Shapes.TABLE_NAME_PATTERN).minLength(3).maxLength(255))
            .member("AttributesToGet", Shapes.ATTRIBUTES_TO_GET)
            .member("Limit", Shape.integer().min(1))
            .member("Select", Shapes.SELECT)
            .member("ScanFilter", Shapes.CONDITIONS)
            .member("ConditionalOperator", Shapes.CONDITIONAL_OPERATOR)
            .member("ExclusiveStartKey", Shape.attributeMap())
            .member("ReturnConsumedCapacity", Shapes.RETURN_CONSUMED_CAPACITY)
            .member("TotalSegments", Shape.integer().min(1).max(1000000))
            .member("Segment", Shape.integer().min(0).max(999999))
            .member("ProjectionExpression", Shape.string())
            .member("FilterExpression", Shape.string())
            .member("ExpressionAttributeNames", Shapes.EXPRESSION_ATTRIBUTE_NAMES)
            .member("ExpressionAttributeValues", Shapes.EXPRESSION_ATTRIBUTE_VALUES)
            .member("ConsistentRead", Shape.bool());

    private static final List<String> EXPRESSIONS = List.of("ProjectionExpression", "FilterExpression");
    private static final List<String> NON_EXPRESSIONS = List.of("AttributesToGet", "ScanFilter", "ConditionalOperator");

    private final Catalog catalog;

    Scan(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "Scan";
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
        Long segment = Requests.integral(request, "Segment");
        Long totalSegments = Requests.integral(request, "TotalSegments");
        if (segment != null && totalSegments == null) {
            throw DynamoDbException.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (totalSegments != null) {
            if (segment == null) {
                throw DynamoDbException.validation("The Segment parameter is required but was not present in the "
                        + "request when parameter TotalSegments is present");
            }
            if (segment >= totalSegments) {
                throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
                        + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
            }
        }
        ItemReads.checkSelect(request, "");

        ExpressionContext expressions = ExpressionParameters.context(request);
        ReadFilter legacyFilter = ReadFilter.NONE;
        JsonNode scanFilter = Requests.member(request, "ScanFilter");
        if (scanFilter != null) {
            LegacyExpressions legacy = new LegacyExpressions();
            String text = legacy.filter(scanFilter, Requests.text(request, "ConditionalOperator"));
            if (text != null) {
                legacyFilter = ReadFilter.of(legacy.context(), text, "ScanFilter", Requests.has(request, "IndexName"));
            }
        }
        ReadFilter filter = ItemReads.filter(request, expressions, legacyFilter);
        Projection projection = ItemReads.projection(request, expressions, attributesToGet);
        expressions.verifyAllUsed();

        ReadTarget target = ItemReads.target(catalog, request, startKey);
        String select = Requests.text(request, "Select");
        ReadTarget.Start start = target.start(startKey, select);
        boolean segmented = totalSegments != null && totalSegments > 1;
        byte[] low = null;
        if (start != null) {
            if (segmented && ReadTarget.segmentOf(start.hash(), totalSegments.intValue()) != segment) {
                throw ItemReads.invalidStartKey("Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct "
                        + "Segment. TotalSegments: " + totalSegments + " Segment: " + segment);
            }
            low = Arrays.copyOf(start.encoded(), start.encoded().length + 1);
        }
        Predicate<Map<String, AttributeValue>> inSegment = segmented
                ? segmentOf(target.hashKey(), segment.intValue(), totalSegments.intValue()) : null;

        ItemReads.readPage(out, request, target, projection, filter, inSegment, low, null, true);
    }

    /** Whether an item's partition falls in {@code segment}: a stable hash of its encoded partition key. */
    static Predicate<Map<String, AttributeValue>> segmentOf(String hashKey, int segment, int totalSegments) {
        return item -> ReadTarget.segmentOf(item.get(hashKey), totalSegments) == segment;
    }
}
