package io.stratus.dynamo.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredItemJsonTest {

    /** As the engine writes responses: supplementary characters as UTF-8, not as escaped surrogates. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    @Test
    void everyTypeIsWrittenExactlyAsTheDecodedItemWouldBe() throws IOException {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", new AttributeValue.S("quote \" backslash \\ tab \t newline \n nul \u0000 \u00e9 \u20ac \ud83d\ude00"));
        item.put("lone", new AttributeValue.S("a\ud800b"));
        item.put("n", new AttributeValue.N("-1.5"));
        item.put("b", new AttributeValue.B(new byte[] {0, (byte) 0xFF, 7, 8}));
        item.put("t", AttributeValue.Bool.TRUE);
        item.put("f", AttributeValue.Bool.FALSE);
        item.put("z", AttributeValue.Null.INSTANCE);
        item.put("m", new AttributeValue.M(Map.of("k", new AttributeValue.L(List.of(new AttributeValue.N("1"),
                new AttributeValue.M(Map.of()), AttributeValue.Bool.FALSE)))));
        item.put("ss", new AttributeValue.SS(new LinkedHashSet<>(List.of("a", "\u00fc"))));
        item.put("ns", new AttributeValue.NS(new LinkedHashSet<>(List.of("1", "2.5"))));
        item.put("bs", new AttributeValue.BS(List.of(new byte[] {1}, new byte[] {2, 3})));
        item.put("\u00e9\"name", new AttributeValue.S("x".repeat(5000)));
        assertTranscodedAsDecoded(item);
    }

    @Test
    void anEmptyItemIsAnEmptyObject() throws IOException {
        byte[] stored = ItemCodec.encode(Map.of(), 0);
        assertThat(transcode(stored)).isEqualTo("{}");
    }

    @Test
    void randomStringsAreWrittenAsTheDecodedItemWouldBe() throws IOException {
        long seed = System.nanoTime();
        System.out.println("StoredItemJsonTest seed: " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("pk", new AttributeValue.S(randomString(random)));
            item.put(randomString(random) + "x", new AttributeValue.S(randomString(random)));
            assertTranscodedAsDecoded(item);
        }
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> s.append((char) random.nextInt(0x80));
                case 1 -> s.append((char) (0x80 + random.nextInt(0x780)));
                case 2 -> s.append((char) random.nextInt(0x10000));
                default -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return s.toString();
    }

    private static void assertTranscodedAsDecoded(Map<String, AttributeValue> item) throws IOException {
        byte[] stored = ItemCodec.encode(item, ItemSize.of(item));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(expected)) {
            AttributeValueJson.writeMap(g, ItemCodec.decode(stored));
        }
        assertThat(transcode(stored)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }

    private static String transcode(byte[] stored) throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(actual)) {
            StoredItemJson.write(g, stored);
        }
        return actual.toString(StandardCharsets.UTF_8);
    }
}
