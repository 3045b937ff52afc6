package io.stratus.dynamo.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One DynamoDB attribute value: an immutable tree of the ten DynamoDB data types.
 *
 * <p>Values are built only from validated input (see the json package), so the invariants AWS
 * enforces hold for every instance: numbers are in DynamoDB's normalised form, sets are non-empty
 * and free of duplicates. Collections are unmodifiable; {@link B} and {@link BS} copy nothing on
 * read, so callers must not mutate the arrays they get back.
 */
public sealed interface AttributeValue {

    /** The DynamoDB type descriptor of this value ({@code S}, {@code N}, {@code BOOL}...). */
    Type type();

    /** The ten DynamoDB data types with their wire descriptors. */
    enum Type {
        S("S"), N("N"), B("B"), BOOL("BOOL"), NULL("NULL"), M("M"), L("L"), SS("SS"), NS("NS"), BS("BS");

        private final String descriptor;

        Type(String descriptor) {
            this.descriptor = descriptor;
        }

        /** The JSON member name AWS uses for this type. */
        public String descriptor() {
            return descriptor;
        }

        /** The type for a descriptor, or {@code null} when the descriptor is not one of the ten. */
        public static Type fromDescriptor(String descriptor) {
            switch (descriptor) {
                case "S": return S;
                case "N": return N;
                case "B": return B;
                case "BOOL": return BOOL;
                case "NULL": return NULL;
                case "M": return M;
                case "L": return L;
                case "SS": return SS;
                case "NS": return NS;
                case "BS": return BS;
                default: return null;
            }
        }
    }

    /** A string. */
    record S(String value) implements AttributeValue {
        public S {
            Objects.requireNonNull(value);
        }

        @Override
        public Type type() {
            return Type.S;
        }
    }

    /**
     * A number, held as the canonical text DynamoDB returns (no exponent, no trailing zeros,
     * no leading plus sign, {@code 0} for any zero).
     */
    record N(String value) implements AttributeValue {
        public N {
            Objects.requireNonNull(value);
        }

        @Override
        public Type type() {
            return Type.N;
        }
    }

    /** A binary value; equality is by content. */
    record B(byte[] value) implements AttributeValue {
        public B {
            Objects.requireNonNull(value);
        }

        @Override
        public Type type() {
            return Type.B;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof B other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + value.length + " bytes]";
        }
    }

    /** A boolean. */
    record Bool(boolean value) implements AttributeValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** The NULL value (its wire form is {@code {"NULL": true}}). */
    record Null() implements AttributeValue {
        public static final Null INSTANCE = new Null();

        @Override
        public Type type() {
            return Type.NULL;
        }
    }

    /**
     * A map of attribute names to values, in insertion order. The constructor copies the map unless
     * it came from {@link #ownedMap}.
     */
    record M(Map<String, AttributeValue> value) implements AttributeValue {
        public M {
            value = Collections.unmodifiableMap(value instanceof Handover.Map ? value : new LinkedHashMap<>(value));
        }

        /**
         * An empty map for {@code n} entries that the constructor takes over without copying: the
         * caller fills it, passes it to {@code new M(map)} and never touches it again.
         */
        public static Map<String, AttributeValue> ownedMap(int n) {
            return new Handover.Map<>(Handover.capacity(n));
        }

        @Override
        public Type type() {
            return Type.M;
        }
    }

    /** A list of values. The constructor copies the list unless it came from {@link #ownedList}. */
    record L(List<AttributeValue> value) implements AttributeValue {
        public L {
            value = value instanceof Handover.List ? Collections.unmodifiableList(value) : List.copyOf(value);
        }

        /** An empty list for {@code n} values that the constructor takes over (see {@link M#ownedMap}). */
        public static List<AttributeValue> ownedList(int n) {
            return new Handover.List<>(n);
        }

        @Override
        public Type type() {
            return Type.L;
        }
    }

    /**
     * A non-empty set of strings without duplicates, in insertion order. The constructor copies the
     * set unless it came from {@link #ownedSet}.
     */
    record SS(Set<String> value) implements AttributeValue {
        public SS {
            value = Collections.unmodifiableSet(value instanceof Handover.Set ? value : new java.util.LinkedHashSet<>(value));
        }

        /**
         * An empty set for {@code n} members that the {@code SS} and {@code NS} constructors take
         * over (see {@link M#ownedMap}).
         */
        public static Set<String> ownedSet(int n) {
            return new Handover.Set(Handover.capacity(n));
        }

        @Override
        public Type type() {
            return Type.SS;
        }
    }

    /** A non-empty set of numbers in canonical text form (see {@link N}), without duplicates. */
    record NS(Set<String> value) implements AttributeValue {
        public NS {
            value = Collections.unmodifiableSet(value instanceof Handover.Set ? value : new java.util.LinkedHashSet<>(value));
        }

        @Override
        public Type type() {
            return Type.NS;
        }
    }

    /**
     * A non-empty set of binary values without duplicates. Held as a list because arrays have
     * identity equality; the json package guarantees uniqueness and {@link #equals} ignores order.
     */
    record BS(List<byte[]> value) implements AttributeValue {
        public BS {
            value = List.copyOf(value);
        }

        @Override
        public Type type() {
            return Type.BS;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof BS other) || other.value.size() != value.size()) {
                return false;
            }
            outer:
            for (byte[] mine : value) {
                for (byte[] theirs : other.value) {
                    if (Arrays.equals(mine, theirs)) {
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (byte[] b : value) {
                h += Arrays.hashCode(b);
            }
            return h;
        }

        @Override
        public String toString() {
            return "BS[" + value.size() + " values]";
        }
    }
}
