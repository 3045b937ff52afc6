package io.stratus.dynamo.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;

/**
 * Collections that {@link AttributeValue}'s records take over instead of copying: a decoder that
 * builds a fresh collection for one value and never touches it again asks for one of these (see
 * {@link AttributeValue.M#ownedMap}), and the record wraps it read-only without the defensive copy
 * every other collection gets. The classes are package-private, so no other code can pass one off.
 */
final class Handover {

    private Handover() {
    }

    /** A map the {@link AttributeValue.M} constructor takes over. */
    static final class Map<V> extends LinkedHashMap<String, V> {
        private static final long serialVersionUID = 1L;

        Map(int capacity) {
            super(capacity);
        }
    }

    /** A set the {@link AttributeValue.SS} and {@link AttributeValue.NS} constructors take over. */
    static final class Set extends LinkedHashSet<String> {
        private static final long serialVersionUID = 1L;

        Set(int capacity) {
            super(capacity);
        }
    }

    /** A list the {@link AttributeValue.L} constructor takes over. */
    static final class List<V> extends ArrayList<V> {
        private static final long serialVersionUID = 1L;

        List(int capacity) {
            super(capacity);
        }
    }

    /** A hash table capacity that holds {@code n} entries without rehashing. */
    static int capacity(int n) {
        return n < 3 ? n + 1 : (int) (n / 0.75f) + 1;
    }
}
