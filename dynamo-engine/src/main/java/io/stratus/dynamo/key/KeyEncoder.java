package io.stratus.dynamo.key;

import io.stratus.dynamo.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Encodes key attribute values to byte strings whose unsigned lexicographic order is DynamoDB's
 * order: strings by UTF-8 bytes, binaries by unsigned bytes, numbers numerically.
 *
 * <p>The encodings form a prefix-free code: no value's encoding is a proper prefix of another
 * value's. So {@code encode(pk) + encode(sk)} decodes uniquely, sorts by partition key then sort
 * key, and the items of one partition key are exactly the keys that start with
 * {@code encode(pk)} — a partition is the range {@code [encode(pk), successor(encode(pk)))}.
 *
 * <ul>
 *   <li>S and B: the bytes with {@code 0x00} escaped as {@code 0x00 0xFF}, then the two-byte
 *       terminator {@code 0x00 0x01}. A shorter prefix sorts first ({@code 00 01} is below any
 *       byte and below an escaped zero), and since a {@code 0x00} inside the encoding is always
 *       followed by {@code 0xFF}, {@code encode("p")} is not a prefix of {@code encode("p\0")}:
 *       a single-byte terminator would let partitions bleed into each other and let a binary sort
 *       key starting with {@code 0xFF} collide with another partition's key.
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

    /** Ends an S or B encoding; see the class comment for why it takes two bytes. */
    private static final byte[] TERMINATOR = {0x00, 0x01};

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

    /**
     * The encoding of {@code prefix} (S or B) without its terminator: every key value that begins
     * with {@code prefix} has an encoding that begins with these bytes, which is what makes
     * {@code begins_with} a range read.
     */
    public static byte[] unterminated(AttributeValue prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        append(out, prefix);
        byte[] terminated = out.toByteArray();
        return java.util.Arrays.copyOf(terminated, terminated.length - TERMINATOR.length);
    }

    /**
     * The smallest byte string greater than every string that starts with {@code prefix}, or
     * {@code null} when there is none (the prefix is all {@code 0xFF}).
     */
    public static byte[] successor(byte[] prefix) {
        int end = prefix.length;
        while (end > 0 && prefix[end - 1] == (byte) 0xFF) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        byte[] next = java.util.Arrays.copyOf(prefix, end);
        next[end - 1]++;
        return next;
    }

    private static void appendBytes(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.writeBytes(TERMINATOR);
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
