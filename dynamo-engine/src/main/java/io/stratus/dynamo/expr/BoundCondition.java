package io.stratus.dynamo.expr;

import io.stratus.dynamo.expr.ast.ConditionNode.Comparator;
import io.stratus.dynamo.model.AttributeValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The evaluable form of a condition. Comparisons involving an absent value or values of
 * different types are false, never errors (Developer Guide, "Comparison operator and function
 * reference"); {@code <>} is true when the values differ, including when one is absent.
 */
sealed interface BoundCondition extends Condition {

    /** {@code left op right}. */
    record Compare(Term left, Comparator comparator, Term right) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue a = left.evaluate(item);
            AttributeValue b = right.evaluate(item);
            return switch (comparator) {
                case EQ -> ValueOrder.equal(a, b);
                case NE -> !ValueOrder.equal(a, b);
                case LT -> ValueOrder.comparable(a, b) && ValueOrder.compare(a, b) < 0;
                case LE -> ValueOrder.comparable(a, b) && ValueOrder.compare(a, b) <= 0;
                case GT -> ValueOrder.comparable(a, b) && ValueOrder.compare(a, b) > 0;
                case GE -> ValueOrder.comparable(a, b) && ValueOrder.compare(a, b) >= 0;
            };
        }
    }

    /** {@code value BETWEEN lower AND upper}, bounds included. */
    record Between(Term value, Term lower, Term upper) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.evaluate(item);
            AttributeValue lo = lower.evaluate(item);
            AttributeValue hi = upper.evaluate(item);
            return ValueOrder.comparable(v, lo) && ValueOrder.comparable(v, hi)
                    && ValueOrder.compare(v, lo) >= 0 && ValueOrder.compare(v, hi) <= 0;
        }
    }

    /** {@code value IN (candidates)}. */
    record In(Term value, List<Term> candidates) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.evaluate(item);
            if (v == null) {
                return false;
            }
            for (Term candidate : candidates) {
                if (ValueOrder.equal(v, candidate.evaluate(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code attribute_exists(path)} or, with {@code expected} false, {@code attribute_not_exists(path)}. */
    record Exists(DocumentPath path, boolean expected) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return (path.get(item) != null) == expected;
        }
    }

    /** {@code attribute_type(operand, :type)}. */
    record TypeIs(Term operand, Term typeName) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = operand.evaluate(item);
            return v != null && typeName.evaluate(item) instanceof AttributeValue.S s
                    && v.type().descriptor().equals(s.value());
        }
    }

    /** {@code begins_with(operand, prefix)} on strings or binaries. */
    record BeginsWith(Term operand, Term prefix) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = operand.evaluate(item);
            AttributeValue p = prefix.evaluate(item);
            if (v instanceof AttributeValue.S s && p instanceof AttributeValue.S ps) {
                return s.value().startsWith(ps.value());
            }
            if (v instanceof AttributeValue.B b && p instanceof AttributeValue.B pb) {
                return b.value().length >= pb.value().length
                        && Arrays.equals(b.value(), 0, pb.value().length, pb.value(), 0, pb.value().length);
            }
            return false;
        }
    }

    /** {@code contains(operand, element)}: substring, set membership or list element. */
    record Contains(Term operand, Term element) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = operand.evaluate(item);
            AttributeValue e = element.evaluate(item);
            if (v == null || e == null) {
                return false;
            }
            if (v instanceof AttributeValue.S s) {
                return e instanceof AttributeValue.S es && s.value().contains(es.value());
            }
            if (v instanceof AttributeValue.SS ss) {
                return e instanceof AttributeValue.S es && ss.value().contains(es.value());
            }
            if (v instanceof AttributeValue.NS ns) {
                return e instanceof AttributeValue.N en && ns.value().contains(en.value());
            }
            if (v instanceof AttributeValue.BS bs) {
                if (e instanceof AttributeValue.B eb) {
                    for (byte[] member : bs.value()) {
                        if (Arrays.equals(member, eb.value())) {
                            return true;
                        }
                    }
                }
                return false;
            }
            if (v instanceof AttributeValue.L l) {
                return l.value().contains(e);
            }
            return false;
        }
    }

    /** {@code left AND right}. */
    record And(BoundCondition left, BoundCondition right) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) && right.test(item);
        }
    }

    /** {@code left OR right}. */
    record Or(BoundCondition left, BoundCondition right) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) || right.test(item);
        }
    }

    /** {@code NOT operand}. */
    record Not(BoundCondition operand) implements BoundCondition {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return !operand.test(item);
        }
    }
}
