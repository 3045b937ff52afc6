package io.stratus.dynamo.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples follow the developer guide's "DynamoDB item sizes and formats" rules. */
class ItemSizeTest {

    @Test
    void stringCountsNameAndValueUtf8Bytes() {
        assertThat(ItemSize.of(Map.of("name", new AttributeValue.S("hello")))).isEqualTo(4 + 5);
        assertThat(ItemSize.of(Map.of("é", new AttributeValue.S("\ud83d\ude00")))).isEqualTo(2 + 4);
    }

    @Test
    void numberCountsOneBytePerTwoDigitsPlusOne() {
        assertThat(ItemSize.of(Map.of("n", new AttributeValue.N("12345")))).isEqualTo(1 + 4);
    }

    @Test
    void binaryCountsRawBytes() {
        assertThat(ItemSize.of(Map.of("b", new AttributeValue.B(new byte[10])))).isEqualTo(1 + 10);
    }

    @Test
    void booleanAndNullCountOneByte() {
        assertThat(ItemSize.of(Map.of("t", AttributeValue.Bool.TRUE, "z", AttributeValue.Null.INSTANCE))).isEqualTo(4);
    }

    @Test
    void emptyListOrMapCountsThreeBytes() {
        assertThat(ItemSize.of(Map.of("l", new AttributeValue.L(List.of())))).isEqualTo(1 + 3);
        assertThat(ItemSize.of(Map.of("m", new AttributeValue.M(Map.of())))).isEqualTo(1 + 3);
    }

    @Test
    void listAndMapElementsCostOneByteEach() {
        AttributeValue list = new AttributeValue.L(List.of(new AttributeValue.S("ab"), AttributeValue.Bool.TRUE));
        assertThat(ItemSize.of(Map.of("l", list))).isEqualTo(1 + 3 + (1 + 2) + (1 + 1));
        AttributeValue map = new AttributeValue.M(Map.of("k", new AttributeValue.S("v")));
        assertThat(ItemSize.of(Map.of("m", map))).isEqualTo(1 + 3 + (1 + 1 + 1));
    }

    @Test
    void setsCountTheirMembers() {
        assertThat(ItemSize.of(Map.of("ss", new AttributeValue.SS(Set.of("a", "bc"))))).isEqualTo(2 + 3);
    }

    @Test
    void itemOverFourHundredKilobytesIsRejected() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("a", new AttributeValue.S("x".repeat(ItemSize.MAX_ITEM_BYTES - 1)));
        assertThat(ItemSize.checkLimit(item)).isEqualTo(ItemSize.MAX_ITEM_BYTES);
        item.put("a", new AttributeValue.S("x".repeat(ItemSize.MAX_ITEM_BYTES)));
        assertThatThrownBy(() -> ItemSize.checkLimit(item)).isInstanceOf(DynamoDbException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
    }
}
