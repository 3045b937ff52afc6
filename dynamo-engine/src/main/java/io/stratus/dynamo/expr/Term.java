package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A resolved operand: evaluates to a value of an item, or {@code null} when that value is absent. */
sealed interface Term {

    String MISSING_OPERAND = "The provided expression refers to an attribute that does not exist in the item";
    String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

    AttributeValue evaluate(Map<String, AttributeValue> item);

    /** The type this term is known to have before seeing an item, or {@code null}. */
    default AttributeValue.Type staticType() {
        return null;
    }

    /** A document path. */
    record PathTerm(DocumentPath path) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return path.get(item);
        }
    }

    /** An ExpressionAttributeValue. */
    record Literal(AttributeValue value) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            return value;
        }

        @Override
        public AttributeValue.Type staticType() {
            return value.type();
        }
    }

    /** {@code size(operand)}: string length in UTF-16 code units (as DynamoDB counts), bytes, or element count. */
    record Size(Term operand) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue v = operand.evaluate(item);
            int size;
            if (v instanceof AttributeValue.S s) {
                size = s.value().length();
            } else if (v instanceof AttributeValue.B b) {
                size = b.value().length;
            } else if (v instanceof AttributeValue.SS ss) {
                size = ss.value().size();
            } else if (v instanceof AttributeValue.NS ns) {
                size = ns.value().size();
            } else if (v instanceof AttributeValue.BS bs) {
                size = bs.value().size();
            } else if (v instanceof AttributeValue.L l) {
                size = l.value().size();
            } else if (v instanceof AttributeValue.M m) {
                size = m.value().size();
            } else {
                return null;
            }
            return new AttributeValue.N(Integer.toString(size));
        }

        @Override
        public AttributeValue.Type staticType() {
            return AttributeValue.Type.N;
        }
    }

    /** {@code if_not_exists(path, fallback)}. */
    record IfNotExists(DocumentPath path, Term fallback) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue existing = path.get(item);
            return existing != null ? existing : fallback.evaluate(item);
        }

        @Override
        public AttributeValue.Type staticType() {
            return fallback.staticType();
        }
    }

    /** {@code list_append(first, second)}. */
    record ListAppend(Term first, Term second) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue a = required(first, item);
            AttributeValue b = required(second, item);
            if (!(a instanceof AttributeValue.L la) || !(b instanceof AttributeValue.L lb)) {
                throw DynamoDbException.validation(WRONG_TYPE);
            }
            List<AttributeValue> joined = new ArrayList<>(la.value().size() + lb.value().size());
            joined.addAll(la.value());
            joined.addAll(lb.value());
            return new AttributeValue.L(joined);
        }

        @Override
        public AttributeValue.Type staticType() {
            return AttributeValue.Type.L;
        }
    }

    /** {@code left + right} or {@code left - right} on numbers. */
    record Arithmetic(Term left, boolean plus, Term right) implements Term {
        @Override
        public AttributeValue evaluate(Map<String, AttributeValue> item) {
            AttributeValue a = required(left, item);
            AttributeValue b = required(right, item);
            if (!(a instanceof AttributeValue.N na) || !(b instanceof AttributeValue.N nb)) {
                throw DynamoDbException.validation(WRONG_TYPE);
            }
            return plus ? NumberArithmetic.add(na, nb) : NumberArithmetic.subtract(na, nb);
        }

        @Override
        public AttributeValue.Type staticType() {
            return AttributeValue.Type.N;
        }
    }

    /** The term's value; its absence is AWS's "refers to an attribute that does not exist" error. */
    static AttributeValue required(Term term, Map<String, AttributeValue> item) {
        AttributeValue v = term.evaluate(item);
        if (v == null) {
            throw DynamoDbException.validation(MISSING_OPERAND);
        }
        return v;
    }
}
