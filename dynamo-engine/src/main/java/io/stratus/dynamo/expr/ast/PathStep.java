package io.stratus.dynamo.expr.ast;

/** One step of a document path as written: a bare attribute name, a {@code #name} placeholder or a list index. */
public sealed interface PathStep {

    /** A bare attribute name ({@code a} in {@code a.b}); may turn out to be a reserved word. */
    record Attribute(String name) implements PathStep {
    }

    /** An expression attribute name placeholder such as {@code #n}, resolved per request. */
    record Placeholder(String placeholder) implements PathStep {
    }

    /** A list index such as {@code [3]}. */
    record Index(int index) implements PathStep {
    }
}
