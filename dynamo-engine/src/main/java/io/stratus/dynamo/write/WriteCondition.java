package io.stratus.dynamo.write;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/**
 * The condition of a conditional write (ConditionExpression or translated Expected), checked
 * against the old item inside the write's compare-and-swap, so no other writer can slip in between
 * check and write.
 *
 * @param condition the condition, or {@code null} for an unconditional write
 * @param returnOldOnFailure whether a failure carries the old item
 *     ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD})
 */
public record WriteCondition(Condition condition, boolean returnOldOnFailure) {

    /** AWS's message for every failed write condition. */
    public static final String FAILED = "The conditional request failed";

    /** Throws {@code ConditionalCheckFailedException} when {@code old} ({@code null}: absent) fails the condition. */
    public void check(Map<String, AttributeValue> old) {
        if (condition == null || condition.test(old == null ? Map.of() : old)) {
            return;
        }
        if (returnOldOnFailure && old != null) {
            throw DynamoDbException.withMembers(ErrorCode.CONDITIONAL_CHECK_FAILED, FAILED,
                    Map.of("Item", AttributeValueJson.toPlain(old)));
        }
        throw DynamoDbException.of(ErrorCode.CONDITIONAL_CHECK_FAILED, FAILED);
    }
}
