package io.stratus.dynamo.expr.ast;

import java.util.List;

/** An operand of an expression: a document path, a {@code :value} placeholder, a function call or arithmetic. */
public sealed interface Operand {

    /** A document path such as {@code a.#b[2]}. */
    record Path(List<PathStep> steps) implements Operand {
        public Path {
            steps = List.copyOf(steps);
        }
    }

    /** An expression attribute value placeholder such as {@code :v}. */
    record Value(String placeholder) implements Operand {
    }

    /** A function call; the name is kept as written because AWS function names are case-sensitive. */
    record Call(String name, List<Operand> arguments) implements Operand {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code left + right} or {@code left - right}, allowed only in an UpdateExpression's SET action. */
    record Arithmetic(Operand left, char operator, Operand right) implements Operand {
    }
}
