package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/** A resolved ConditionExpression or FilterExpression, ready to test items. */
public interface Condition {

    /** Whether {@code item} (empty when there is no item) satisfies the condition. */
    boolean test(Map<String, AttributeValue> item);
}
