package io.stratus.dynamo.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.number.DynamoNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyEncoderTest {

    private static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;

    @Test
    void randomNumbersSortByEncodingAsTheySortNumerically() {
        long seed = System.nanoTime();
        System.out.println("KeyEncoderTest seed: " + seed);
        Random random = new Random(seed);
        List<BigDecimal> numbers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            numbers.add(randomNumber(random));
        }
        numbers.addAll(List.of(BigDecimal.ZERO, new BigDecimal("1e125"), new BigDecimal("-1e125"),
                new BigDecimal("1e-130"), new BigDecimal("-1e-130"), new BigDecimal("1.2"), new BigDecimal("1.23"),
                new BigDecimal("-1.2"), new BigDecimal("-1.23"), new BigDecimal("10"), new BigDecimal("9.99")));
        List<BigDecimal> byValue = new ArrayList<>(numbers);
        byValue.sort(Comparator.naturalOrder());
        List<BigDecimal> byEncoding = new ArrayList<>(numbers);
        byEncoding.sort(Comparator.comparing(KeyEncoderTest::encodeNumber, UNSIGNED));
        for (int i = 0; i < byValue.size(); i++) {
            assertThat(byEncoding.get(i).compareTo(byValue.get(i))).as("seed %d position %d", seed, i).isZero();
        }
    }

    @Test
    void numericallyEqualNumbersEncodeIdentically() {
        assertThat(encodeNumber(new BigDecimal("1.50"))).isEqualTo(encodeNumber(new BigDecimal("15e-1")));
    }

    @Test
    void stringsSortByUtf8BytesIncludingPrefixesAndNonAscii() {
        List<String> strings = new ArrayList<>(List.of("", "a", "a\u0000", "a\u0000b", "ab", "b", "\u00e9", "\uffff",
                "\ud83d\ude00", "z", "Z", "aa", "a\u0001"));
        List<String> byBytes = new ArrayList<>(strings);
        byBytes.sort(Comparator.comparing(s -> s.getBytes(StandardCharsets.UTF_8), UNSIGNED));
        List<String> byEncoding = new ArrayList<>(strings);
        byEncoding.sort(Comparator.comparing(s -> KeyEncoder.encode(new AttributeValue.S(s), null), UNSIGNED));
        assertThat(byEncoding).isEqualTo(byBytes);
    }

    @Test
    void binariesSortAsUnsignedBytesIncludingZeroAndFf() {
        List<byte[]> values = new ArrayList<>(List.of(new byte[] {0}, new byte[] {0, 0}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xFF, 0}, new byte[] {1}, new byte[] {0, (byte) 0xFF}, new byte[] {0x7F},
                new byte[] {(byte) 0x80}));
        List<byte[]> byBytes = new ArrayList<>(values);
        byBytes.sort(UNSIGNED);
        List<byte[]> byEncoding = new ArrayList<>(values);
        byEncoding.sort(Comparator.comparing(b -> KeyEncoder.encode(new AttributeValue.B(b), null), UNSIGNED));
        assertThat(byEncoding).containsExactlyElementsOf(byBytes);
    }

    @Test
    void compositeKeysSortByPartitionThenSortKey() {
        byte[] a1 = KeyEncoder.encode(new AttributeValue.S("a"), new AttributeValue.N("2"));
        byte[] a2 = KeyEncoder.encode(new AttributeValue.S("a"), new AttributeValue.N("10"));
        byte[] ab = KeyEncoder.encode(new AttributeValue.S("a\u0000"), new AttributeValue.N("-5"));
        byte[] b = KeyEncoder.encode(new AttributeValue.S("ab"), new AttributeValue.N("-5"));
        assertThat(Arrays.compareUnsigned(a1, a2)).isNegative();
        assertThat(Arrays.compareUnsigned(a2, ab)).isNegative();
        assertThat(Arrays.compareUnsigned(ab, b)).isNegative();
    }

    @Test
    void aPartitionsKeysAreExactlyTheKeysStartingWithItsEncoding() {
        // partition keys made of 0x00, 0x01 and 0xFF bytes, sort keys that start with 0xFF: the
        // shapes that break a single-byte terminator
        long seed = System.nanoTime();
        System.out.println("KeyEncoderTest partition seed: " + seed);
        Random random = new Random(seed);
        byte[] alphabet = {0x00, 0x01, (byte) 0xFF, 0x70};
        List<AttributeValue> partitions = new ArrayList<>();
        List<AttributeValue> sortKeys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            partitions.add(new AttributeValue.B(randomBytes(random, alphabet)));
            sortKeys.add(new AttributeValue.B(randomBytes(random, alphabet)));
        }
        List<byte[]> seen = new ArrayList<>();
        for (AttributeValue pk : partitions) {
            for (AttributeValue sk : sortKeys) {
                byte[] key = KeyEncoder.encode(pk, sk);
                for (AttributeValue other : partitions) {
                    byte[] prefix = KeyEncoder.encode(other, null);
                    boolean startsWith = key.length >= prefix.length
                            && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
                    assertThat(startsWith).as("seed %d", seed).isEqualTo(other.equals(pk));
                    if (!other.equals(pk)) {
                        byte[] end = KeyEncoder.successor(prefix);
                        boolean inRange = Arrays.compareUnsigned(key, prefix) >= 0
                                && (end == null || Arrays.compareUnsigned(key, end) < 0);
                        assertThat(inRange).as("seed %d", seed).isFalse();
                    }
                }
                seen.add(key);
            }
        }
        long distinctPairs = partitions.stream().distinct().count() * sortKeys.stream().distinct().count();
        assertThat(seen.stream().map(Arrays::toString).distinct().count()).as("seed %d", seed).isEqualTo(distinctPairs);
    }

    private static byte[] randomBytes(Random random, byte[] alphabet) {
        byte[] bytes = new byte[1 + random.nextInt(4)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return bytes;
    }

    private static byte[] encodeNumber(BigDecimal n) {
        return KeyEncoder.encode(new AttributeValue.N(DynamoNumber.canonical(n)), null);
    }

    private static BigDecimal randomNumber(Random random) {
        int digits = 1 + random.nextInt(38);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            sb.append(random.nextInt(10));
        }
        BigInteger unscaled = new BigInteger(sb.toString());
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        // keep exponents small most of the time so that many numbers share an exponent
        int scale = random.nextInt(4) == 0 ? random.nextInt(200) - 80 : random.nextInt(10) - 5;
        BigDecimal value = new BigDecimal(unscaled, scale);
        return DynamoNumberRange.clamp(value);
    }

    /** Keeps random values inside DynamoDB's range. */
    private static final class DynamoNumberRange {
        static BigDecimal clamp(BigDecimal v) {
            if (v.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal s = v.stripTrailingZeros();
            int exponent = s.precision() - s.scale() - 1;
            if (exponent > DynamoNumber.MAX_EXPONENT) {
                return s.scaleByPowerOfTen(DynamoNumber.MAX_EXPONENT - exponent);
            }
            if (exponent < DynamoNumber.MIN_EXPONENT) {
                return s.scaleByPowerOfTen(DynamoNumber.MIN_EXPONENT - exponent);
            }
            return s;
        }
    }
}
