package io.stratus.dynamo.expr.ast;

import java.util.List;

/** A parsed ProjectionExpression: the comma-separated document paths in order. */
public record ProjectionTree(List<Operand.Path> paths) {
    public ProjectionTree {
        paths = List.copyOf(paths);
    }
}
