package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Arrays;

/**
 * The sort-key part of a KeyConditionExpression, normalised so the key attribute is on the left
 * ({@code :v < sk} becomes {@code sk > :v}). {@code upperBound} is set only for BETWEEN.
 */
public record SortKeyCondition(Operator operator, AttributeValue value, AttributeValue upperBound) {

    /** The sort-key operators a Query supports. */
    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /** Whether a sort-key value satisfies this condition. */
    public boolean test(AttributeValue sortKey) {
        if (operator == Operator.BEGINS_WITH) {
            if (sortKey instanceof AttributeValue.S s && value instanceof AttributeValue.S p) {
                return s.value().startsWith(p.value());
            }
            if (sortKey instanceof AttributeValue.B b && value instanceof AttributeValue.B p) {
                return b.value().length >= p.value().length
                        && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
            }
            return false;
        }
        if (!ValueOrder.comparable(sortKey, value)) {
            return false;
        }
        int c = ValueOrder.compare(sortKey, value);
        return switch (operator) {
            case EQ -> c == 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case BETWEEN -> c >= 0 && ValueOrder.comparable(sortKey, upperBound)
                    && ValueOrder.compare(sortKey, upperBound) <= 0;
            case BEGINS_WITH -> throw new AssertionError("handled above");
        };
    }
}
