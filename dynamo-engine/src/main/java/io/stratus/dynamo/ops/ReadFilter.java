package io.stratus.dynamo.ops;

import io.stratus.dynamo.expr.Condition;
import io.stratus.dynamo.expr.ExpressionContext;
import java.util.Set;

/**
 * The filter of a Query or Scan and, on an index, the top-level attributes it reads: a local
 * index read needs the table's items when the filter reads attributes the index lacks.
 */
record ReadFilter(Condition condition, Set<String> attributes) {

    /** No filter: every item read is returned. */
    static final ReadFilter NONE = new ReadFilter(null, Set.of());

    /** Resolves filter {@code text} (reported as {@code parameterName}) in {@code expressions}. */
    static ReadFilter of(ExpressionContext expressions, String text, String parameterName, boolean onIndex) {
        Condition condition = expressions.condition(text, parameterName);
        return new ReadFilter(condition, onIndex ? expressions.attributeNames(text) : Set.of());
    }
}
