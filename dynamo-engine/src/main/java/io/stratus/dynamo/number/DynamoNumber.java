package io.stratus.dynamo.number;

import io.stratus.dynamo.error.DynamoDbException;
import java.math.BigDecimal;

/**
 * Parses and normalises DynamoDB numbers the way DynamoDB does.
 *
 * <p>DynamoDB keeps up to 38 significant digits with a magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125 and returns numbers without exponent or
 * trailing zeros ({@code 1.0} becomes {@code 1}, {@code -0} becomes {@code 0}). Source: the
 * "Number" paragraph of the developer guide's "Supported data types" page; the error texts were
 * verified against DynamoDB by dynalite's test suite.
 */
public final class DynamoNumber {

    /** Most significant digits a DynamoDB number may hold. */
    public static final int MAX_PRECISION = 38;
    /** Largest decimal exponent (of the leading digit) DynamoDB accepts. */
    public static final int MAX_EXPONENT = 125;
    /** Smallest decimal exponent (of the leading digit) DynamoDB accepts. */
    public static final int MIN_EXPONENT = -130;

    private DynamoNumber() {
    }

    /**
     * Parses {@code text} as a DynamoDB number and checks its range; the result is stripped of
     * trailing zeros (and is {@link BigDecimal#ZERO} for any zero).
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value");
        }
        if (!isWellFormed(text)) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // only an exponent outside int range gets here; its magnitude is out of range anyway
            throw text.indexOf('-', exponentStart(text)) >= 0
                    ? underflow()
                    : overflow();
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        value = value.stripTrailingZeros();
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT) {
            throw overflow();
        }
        if (exponent < MIN_EXPONENT) {
            throw underflow();
        }
        if (value.precision() > MAX_PRECISION) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        return value;
    }

    /** Parses, checks and returns the canonical text DynamoDB would return for {@code text}. */
    public static String normalize(String text) {
        return canonical(parse(text));
    }

    /** The canonical text of an already parsed number: plain notation, no trailing zeros. */
    public static String canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Bytes a number occupies in an item: one byte per pair of significant digits (aligned on
     * the decimal point, as DynamoDB stores base-100 digits) plus one byte of exponent. The
     * developer guide states this as "approximately (1 byte per two significant digits) + (1
     * byte)".
     */
    public static int size(String canonical) {
        BigDecimal value = new BigDecimal(canonical);
        if (value.signum() == 0) {
            return 1;
        }
        value = value.stripTrailingZeros();
        // position (power of ten) of the most and least significant digits
        long high = (long) value.precision() - value.scale() - 1;
        long low = -(long) value.scale();
        long pairs = Math.floorDiv(high, 2) - Math.floorDiv(low, 2) + 1;
        return (int) pairs + 1;
    }

    private static DynamoDbException overflow() {
        return DynamoDbException.validation(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    private static DynamoDbException underflow() {
        return DynamoDbException.validation(
                "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    private static int exponentStart(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        return e < 0 ? text.length() : e;
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?} — no spaces, no hex, no NaN. */
    private static boolean isWellFormed(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
