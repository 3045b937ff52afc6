package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS's rules on which expression and legacy parameters a request may combine, and the request's
 * ExpressionAttributeNames and ExpressionAttributeValues bound into an {@link ExpressionContext}.
 */
final class ExpressionParameters {

    /** The legacy condition maps a ConditionalOperator can join. */
    private static final List<String> CONDITION_MAPS = List.of("Expected", "QueryFilter", "ScanFilter");

    private ExpressionParameters() {
    }

    /**
     * Rejects a request that mixes expression and legacy parameters, or carries names or values
     * without an expression to use them. Both lists are in the order AWS names them in messages.
     */
    static void checkCombination(JsonNode request, List<String> expressions, List<String> nonExpressions) {
        List<String> presentExpressions = present(request, expressions);
        if (!presentExpressions.isEmpty()) {
            List<String> legacy = new ArrayList<>(nonExpressions);
            // KeyConditions may accompany a FilterExpression or ProjectionExpression when there is no
            // KeyConditionExpression (dynalite's validateExpressionParams, verified against AWS)
            if (Requests.has(request, "KeyConditions") && !Requests.has(request, "KeyConditionExpression")) {
                legacy.remove("KeyConditions");
            }
            List<String> presentLegacy = present(request, legacy);
            if (!presentLegacy.isEmpty()) {
                throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the "
                        + "same request: Non-expression parameters: {" + String.join(", ", presentLegacy)
                        + "} Expression parameters: {" + String.join(", ", presentExpressions) + "}");
            }
        }
        checkConditionalOperator(request);
        if (Requests.has(request, "ExpressionAttributeNames") && presentExpressions.isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        List<String> valueExpressions = new ArrayList<>(expressions);
        valueExpressions.remove("ProjectionExpression");
        if (!valueExpressions.isEmpty() && Requests.has(request, "ExpressionAttributeValues")
                && present(request, valueExpressions).isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is") + " null");
        }
    }

    /**
     * A ConditionalOperator joins the conditions of a legacy Expected, QueryFilter or ScanFilter, so
     * it needs one with at least two conditions (texts verified against DynamoDB by ExtendDB's
     * dual-target suite; checked before a Query's missing key condition).
     */
    private static void checkConditionalOperator(JsonNode request) {
        if (!Requests.has(request, "ConditionalOperator")) {
            return;
        }
        int conditions = 0;
        for (String member : CONDITION_MAPS) {
            JsonNode map = Requests.member(request, member);
            if (map != null) {
                conditions = map.size();
            }
        }
        if (conditions == 0) {
            throw DynamoDbException.validation("ConditionalOperator cannot be used without Filter or Expected");
        }
        if (conditions == 1) {
            throw DynamoDbException.validation(
                    "ConditionalOperator can only be used when Filter or Expected has two or more elements");
        }
    }

    /** The request's names and values, checked as DynamoDB does before looking at any expression. */
    static ExpressionContext context(JsonNode request) {
        JsonNode values = Requests.member(request, "ExpressionAttributeValues");
        return new ExpressionContext(names(Requests.member(request, "ExpressionAttributeNames")),
                values == null ? null : AttributeValueJson.decodeMap(values));
    }

    /** Decodes an ExpressionAttributeNames member ({@code null} when absent). */
    static Map<String, String> names(JsonNode node) {
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

    /** Decodes the attribute values of a wire-checked ExpressionAttributeValues, or {@code null}. */
    static Map<String, AttributeValue> values(JsonNode node) {
        return node == null ? null : AttributeValueJson.decodeMap(node);
    }

    private static List<String> present(JsonNode request, List<String> names) {
        List<String> present = new ArrayList<>(names.size());
        for (String name : names) {
            if (Requests.has(request, name)) {
                present.add(name);
            }
        }
        return present;
    }
}
