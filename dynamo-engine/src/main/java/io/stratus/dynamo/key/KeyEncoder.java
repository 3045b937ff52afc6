package io.stratus.dynamo.key;

import io.stratus.dynamo.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Encodes key attribute values to byte strings whose unsigned lexicographic order is DynamoDB's
 * order: strings by UTF-8 bytes, binaries by unsigned bytes, numbers numerically.
 *
 * <p>Every encoding is self-delimiting, so {@code encode(pk) + encode(sk)} sorts by partition
 * key, then sort key, and all items of one partition key share the prefix {@code encode(pk)}.
 *
 * <ul>
 *   <li>S and B: the bytes with {@code 0x00} escaped as {@code 0x00 0xFF}, then a {@code 0x00}
 *       terminator (a shorter prefix sorts first because the terminator is the smallest byte).
 *   <li>N: a sign byte ({@code 0x01} negative, {@code 0x02} zero, {@code 0x03} positive); for
 *       non-zero numbers one exponent byte ({@code exponent + 130}, the leading digit's power of
 *       ten, which DynamoDB bounds to [-130, 125]) and the significant digits as bytes
 *       {@code digit + 1} ended by {@code 0x00}. Negative numbers complement the exponent
 *       ({@code 255 - byte}) and digits ({@code 10 - digit + 1}) and end with {@code 0xFF}, so a
 *       larger magnitude sorts first.
 * </ul>
 */
public final class KeyEncoder {

    private static final int EXPONENT_BIAS = 130;

    private KeyEncoder() {
    }

    /** The encoding of a table key: the partition key, then the sort key if {@code range} is not {@code null}. */
    public static byte[] encode(AttributeValue hash, AttributeValue range) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        append(out, hash);
        if (range != null) {
            append(out, range);
        }
        return out.toByteArray();
    }

    /** Appends the encoding of one key value (S, N or B). */
    public static void append(ByteArrayOutputStream out, AttributeValue value) {
        switch (value.type()) {
            case S -> appendBytes(out, ((AttributeValue.S) value).value().getBytes(StandardCharsets.UTF_8));
            case B -> appendBytes(out, ((AttributeValue.B) value).value());
            case N -> appendNumber(out, new BigDecimal(((AttributeValue.N) value).value()));
            default -> throw new IllegalArgumentException("not a key type: " + value.type());
        }
    }

    private static void appendBytes(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.write(0);
    }

    private static void appendNumber(ByteArrayOutputStream out, BigDecimal number) {
        int sign = number.signum();
        if (sign == 0) {
            out.write(0x02);
            return;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = stripped.precision() - stripped.scale() - 1;
        int biased = exponent + EXPONENT_BIAS;
        if (sign > 0) {
            out.write(0x03);
            out.write(biased);
            for (int i = 0; i < digits.length(); i++) {
                out.write(digits.charAt(i) - '0' + 1);
            }
            out.write(0x00);
        } else {
            out.write(0x01);
            out.write(255 - biased);
            for (int i = 0; i < digits.length(); i++) {
                out.write(10 - (digits.charAt(i) - '0') + 1);
            }
            out.write(0xFF);
        }
    }
}
