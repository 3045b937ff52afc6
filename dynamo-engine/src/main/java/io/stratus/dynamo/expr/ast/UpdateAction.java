package io.stratus.dynamo.expr.ast;

/** One action of an UpdateExpression clause. */
public sealed interface UpdateAction {

    /** The document path the action writes. */
    Operand.Path path();

    /** {@code SET path = value}. */
    record Set(Operand.Path path, Operand value) implements UpdateAction {
    }

    /** {@code REMOVE path}. */
    record Remove(Operand.Path path) implements UpdateAction {
    }

    /** {@code ADD path :value}. */
    record Add(Operand.Path path, Operand.Value value) implements UpdateAction {
    }

    /** {@code DELETE path :value}. */
    record Delete(Operand.Path path, Operand.Value value) implements UpdateAction {
    }
}
