package io.stratus.dynamo.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void stringsAreEncodedAsUtf8LikeGetBytesWithAnUnpairedSurrogateAsAQuestionMark() {
        String text = "a\u00e9\u20ac\ud83d\ude00\ud800z\udc00";
        Map<String, AttributeValue> item = Map.of("\u00fcber", new AttributeValue.S(text));
        byte[] bytes = ItemCodec.encode(item, ItemSize.of(item));
        assertThat(ItemCodec.decode(bytes)).containsEntry("\u00fcber",
                new AttributeValue.S(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        assertThat(((AttributeValue.S) ItemCodec.decode(bytes).get("\u00fcber")).value())
                .isEqualTo("a\u00e9\u20ac\ud83d\ude00?z?");
    }

    @Test
    void decodedCollectionsAreReadOnly() {
        Map<String, AttributeValue> item = Map.of(
                "m", new AttributeValue.M(Map.of("k", new AttributeValue.S("v"))),
                "l", new AttributeValue.L(List.of(new AttributeValue.S("v"))),
                "ss", new AttributeValue.SS(Set.of("a")));
        Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item, ItemSize.of(item)));
        AttributeValue.M m = (AttributeValue.M) decoded.get("m");
        AttributeValue.L l = (AttributeValue.L) decoded.get("l");
        AttributeValue.SS ss = (AttributeValue.SS) decoded.get("ss");
        assertThatThrownBy(() -> m.value().put("x", AttributeValue.Null.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.value().add(AttributeValue.Null.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ss.value().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(decoded).isEqualTo(item);
    }

    @Test
    void theConstructorsStillCopyACollectionTheCallerKeeps() {
        Map<String, AttributeValue> mine = new LinkedHashMap<>(Map.of("k", new AttributeValue.S("v")));
        AttributeValue.M m = new AttributeValue.M(mine);
        mine.put("later", AttributeValue.Null.INSTANCE);
        assertThat(m.value()).containsOnlyKeys("k");
        Set<String> strings = new LinkedHashSet<>(List.of("a"));
        AttributeValue.SS ss = new AttributeValue.SS(strings);
        strings.add("b");
        assertThat(ss.value()).containsExactly("a");
    }
}
