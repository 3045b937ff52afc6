package io.stratus.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.expr.KeyRange;
import io.stratus.dynamo.expr.SortKeyCondition;
import io.stratus.dynamo.key.KeyEncoder;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.storage.ItemStore;
import io.stratus.dynamo.storage.MvStorage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Key ranges checked against a model: a range read must return exactly the keys the condition accepts. */
class KeyRangesTest {

    private static final long SEED = new Random().nextLong();

    @Test
    void rangeReadsMatchFilteringEveryKeyWithTheCondition() {
        System.out.println("KeyRangesTest seed: " + SEED);
        Random random = new Random(SEED);
        try (MvStorage storage = MvStorage.inMemory()) {
            ItemStore store = storage.items("model");
            List<AttributeValue[]> keys = new ArrayList<>();
            for (String pk : List.of("p", "p\u0000", "q")) {
                for (int i = 0; i < 60; i++) {
                    // one sort-key type per partition, as a table schema guarantees
                    AttributeValue sk = pk.equals("p") ? number(random) : string(random);
                    AttributeValue hash = new AttributeValue.S(pk);
                    byte[] key = KeyEncoder.encode(hash, sk);
                    store.put(key, key);
                    keys.add(new AttributeValue[] {hash, sk});
                }
            }
            for (int round = 0; round < 300; round++) {
                AttributeValue[] pick = keys.get(random.nextInt(keys.size()));
                AttributeValue[] other = keys.get(random.nextInt(keys.size()));
                SortKeyCondition.Operator operator =
                        SortKeyCondition.Operator.values()[random.nextInt(SortKeyCondition.Operator.values().length)];
                AttributeValue value = pick[1];
                if (operator == SortKeyCondition.Operator.BEGINS_WITH) {
                    if (!(value instanceof AttributeValue.S s) || s.value().isEmpty()) {
                        continue;
                    }
                    // cut on a code point boundary: a lone surrogate is not a valid string value
                    int codePoints = s.value().codePointCount(0, s.value().length());
                    value = new AttributeValue.S(s.value().substring(0,
                            s.value().offsetByCodePoints(0, 1 + random.nextInt(codePoints))));
                }
                AttributeValue upper = operator == SortKeyCondition.Operator.BETWEEN ? other[1] : null;
                if (upper != null && (upper.type() != value.type()
                        || io.stratus.dynamo.expr.ValueOrder.compare(value, upper) > 0)) {
                    continue;
                }
                SortKeyCondition condition = new SortKeyCondition(operator, value, upper);
                KeyRange range = new KeyRange(pick[0], condition);
                boolean forward = random.nextBoolean();

                KeyRanges.Bounds bounds = KeyRanges.of(range);
                List<String> read = new ArrayList<>();
                for (Iterator<Map.Entry<byte[], byte[]>> it = store.range(bounds.low(), bounds.high(), forward); it.hasNext(); ) {
                    read.add(Arrays.toString(it.next().getKey()));
                }
                List<byte[]> expectedKeys = new ArrayList<>();
                for (AttributeValue[] k : keys) {
                    if (k[0].equals(pick[0]) && k[1].type() == value.type() && condition.test(k[1])) {
                        expectedKeys.add(KeyEncoder.encode(k[0], k[1]));
                    }
                }
                expectedKeys.sort(forward ? Arrays::compareUnsigned : (a, b) -> Arrays.compareUnsigned(b, a));
                List<String> expected = new ArrayList<>();
                for (byte[] k : expectedKeys) {
                    String text = Arrays.toString(k);
                    if (!expected.contains(text)) {
                        expected.add(text);
                    }
                }
                assertThat(read).as("seed %d, %s %s", SEED, operator, value).containsExactlyElementsOf(expected);
            }
        }
    }

    private static AttributeValue number(Random random) {
        BigDecimal n = BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(4));
        return new AttributeValue.N(n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString());
    }

    private static AttributeValue string(Random random) {
        String alphabet = "ab\u0000z\u00e9\uD83D\uDE00";
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(6);
            s.append(at == 5 ? "\uD83D\uDE00" : String.valueOf(alphabet.charAt(at)));
        }
        return new AttributeValue.S(s.toString());
    }
}
