package io.stratus.dynamo.expr;

/** One resolved step of a {@link DocumentPath}: a map key (or top-level attribute name) or a list index. */
public sealed interface PathElement {

    /** A map key or, as the first element, a top-level attribute name. */
    record Name(String name) implements PathElement {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A list index. */
    record Index(int index) implements PathElement {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }
}
