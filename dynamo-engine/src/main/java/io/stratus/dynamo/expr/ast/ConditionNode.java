package io.stratus.dynamo.expr.ast;

import java.util.List;

/** A node of a condition (ConditionExpression, FilterExpression or KeyConditionExpression). */
public sealed interface ConditionNode {

    /** The six comparators with their written form. */
    enum Comparator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /** The comparator as written in an expression. */
        public String symbol() {
            return symbol;
        }
    }

    /** {@code left op right}. */
    record Comparison(Operand left, Comparator comparator, Operand right) implements ConditionNode {
    }

    /** {@code value BETWEEN lower AND upper}. */
    record Between(Operand value, Operand lower, Operand upper) implements ConditionNode {
    }

    /** {@code value IN (candidates...)}. */
    record In(Operand value, List<Operand> candidates) implements ConditionNode {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** A function call standing as a condition of its own, e.g. {@code attribute_exists(a)}. */
    record Function(Operand.Call call) implements ConditionNode {
    }

    /** {@code left AND right}. */
    record And(ConditionNode left, ConditionNode right) implements ConditionNode {
    }

    /** {@code left OR right}. */
    record Or(ConditionNode left, ConditionNode right) implements ConditionNode {
    }

    /** {@code NOT operand}. */
    record Not(ConditionNode operand) implements ConditionNode {
    }
}
