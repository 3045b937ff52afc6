package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.legacy.LegacyExpressions;
import io.stratus.dynamo.write.WriteCondition;
import java.util.List;

/**
 * Reads the condition of PutItem and DeleteItem (and the failure return of UpdateItem): ConditionExpression with its names and values, or
 * the legacy Expected and ConditionalOperator.
 */
final class WriteConditions {

    private static final List<String> EXPRESSIONS = List.of("ConditionExpression");
    private static final List<String> NON_EXPRESSIONS = List.of("Expected", "ConditionalOperator");

    private WriteConditions() {
    }

    /** Rejects a request mixing ConditionExpression with the legacy Expected or ConditionalOperator: AWS's first check. */
    static void checkCombination(JsonNode request) {
        ExpressionParameters.checkCombination(request, EXPRESSIONS, NON_EXPRESSIONS);
    }

    /**
     * Resolves the condition and verifies every name and value was used; the caller has run
     * {@link #checkCombination} first, as AWS checks it before the item.
     */
    static WriteCondition read(JsonNode request) {
        JsonNode expected = Requests.member(request, "Expected");
        String text = Requests.text(request, "ConditionExpression");
        ExpressionContext expressions;
        if (expected != null) {
            LegacyExpressions legacy = new LegacyExpressions();
            text = legacy.expected(expected, Requests.text(request, "ConditionalOperator"));
            expressions = legacy.context();
        } else {
            expressions = ExpressionParameters.context(request);
        }
        Condition condition = text == null ? null : expressions.condition(text, "ConditionExpression");
        expressions.verifyAllUsed();
        return of(request, condition);
    }

    /** {@code condition} (or none) with what ReturnValuesOnConditionCheckFailure asks a failure to return. */
    static WriteCondition of(JsonNode request, Condition condition) {
        return new WriteCondition(condition,
                "ALL_OLD".equals(Requests.text(request, "ReturnValuesOnConditionCheckFailure")));
    }
}
