package io.stratus.dynamo.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemCodecTest {

    @Test
    void everyTypeRoundTripsAndTheSizeIsReadableWithoutDecoding() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", new AttributeValue.S("h\u00e9llo"));
        item.put("n", new AttributeValue.N("-1.5"));
        item.put("b", new AttributeValue.B(new byte[] {0, (byte) 0xFF}));
        item.put("t", AttributeValue.Bool.TRUE);
        item.put("f", AttributeValue.Bool.FALSE);
        item.put("z", AttributeValue.Null.INSTANCE);
        item.put("m", new AttributeValue.M(Map.of("k", new AttributeValue.L(List.of(new AttributeValue.N("1"))))));
        item.put("ss", new AttributeValue.SS(new LinkedHashSet<>(List.of("a", "b"))));
        item.put("ns", new AttributeValue.NS(new LinkedHashSet<>(List.of("1", "2"))));
        item.put("bs", new AttributeValue.BS(List.of(new byte[] {1}, new byte[] {2})));
        item.put("long", new AttributeValue.S("x".repeat(300)));
        byte[] bytes = ItemCodec.encode(item, ItemSize.of(item));
        assertThat(ItemCodec.decode(bytes)).isEqualTo(item);
        assertThat(ItemCodec.decode(bytes).keySet()).containsExactlyElementsOf(item.keySet());
        assertThat(ItemCodec.storedSize(bytes)).isEqualTo(ItemSize.of(item));
    }
}
