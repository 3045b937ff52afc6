package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * DynamoDB's ordering of scalar values: numbers numerically, strings by their UTF-8 bytes
 * (equivalently, by code point), binaries by unsigned bytes. Values of different types, and
 * non-scalars, are not ordered: comparisons on them are false rather than errors.
 */
public final class ValueOrder {

    private ValueOrder() {
    }

    /** Whether {@code <, <=, >, >=} and BETWEEN are defined between these two values. */
    public static boolean comparable(AttributeValue a, AttributeValue b) {
        if (a == null || b == null || a.type() != b.type()) {
            return false;
        }
        return a instanceof AttributeValue.N || a instanceof AttributeValue.S || a instanceof AttributeValue.B;
    }

    /** Compares two values for which {@link #comparable} holds. */
    public static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return x.value().equals(y.value()) ? 0 : new BigDecimal(x.value()).compareTo(new BigDecimal(y.value()));
        }
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
            return compareUtf8(x.value(), y.value());
        }
        if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
            return Arrays.compareUnsigned(x.value(), y.value());
        }
        throw new IllegalArgumentException("not comparable: " + a.type() + " and " + b.type());
    }

    /**
     * Compares strings in UTF-8 byte order without encoding them: UTF-8 preserves code point order,
     * which differs from {@link String#compareTo}'s UTF-16 order for characters above U+FFFF.
     */
    static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * Equality as DynamoDB's {@code =} sees it. Numbers are held in canonical form, so record
     * equality is numeric equality; sets compare as sets.
     */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && a.equals(b);
    }
}
