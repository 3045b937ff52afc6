package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.legacy.LegacyExpressions;
import io.stratus.dynamo.write.WriteCondition;
import java.util.List;

/**
 * Reads the condition of PutItem and DeleteItem: ConditionExpression with its names and values, or
 * the legacy Expected and ConditionalOperator.
 */
final class WriteConditions {

    private WriteConditions() {
    }

    /** Checks the parameter combination, resolves the condition and verifies every name and value was used. */
    static WriteCondition read(JsonNode request) {
        ExpressionParameters.checkCombination(request, List.of("ConditionExpression"),
                List.of("Expected", "ConditionalOperator"));
        boolean returnOld = "ALL_OLD".equals(Requests.text(request, "ReturnValuesOnConditionCheckFailure"));
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
        return new WriteCondition(condition, returnOld);
    }
}
