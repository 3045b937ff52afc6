package io.stratus.examples.items.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokenTest {

    @Test
    void anIndexKeyRoundTripsThroughAUrlSafeToken() {
        Map<String, AttributeValue> key = Map.of(
                "status", AttributeValue.fromS("active"),
                "pk", AttributeValue.fromS("books & more"),
                "sk", AttributeValue.fromS("0193a1f2c3d4-9f8e7d6c"));

        String token = PageToken.encode(key);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(PageToken.decode(token)).isEqualTo(key);
    }

    @Test
    void aNumberKeyKeepsItsType() {
        Map<String, AttributeValue> key = Map.of("n", AttributeValue.fromN("42"));

        assertThat(PageToken.decode(PageToken.encode(key))).isEqualTo(key);
    }

    @Test
    void noLastEvaluatedKeyMeansNoToken() {
        assertThat(PageToken.encode(null)).isNull();
        assertThat(PageToken.encode(Map.of())).isNull();
        assertThat(PageToken.decode(null)).isNull();
    }

    @Test
    void aTokenThatIsNotBase64JsonIsRejectedAsABadRequest() {
        assertThatThrownBy(() -> PageToken.decode("%%%"))
                .isInstanceOfSatisfying(ItemsException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("next is not a token this API returned");
        assertThatThrownBy(() -> PageToken.decode("e30")) // {}
                .isInstanceOf(ItemsException.class);
        assertThatThrownBy(() -> PageToken.decode("eyJhIjoxfQ")) // {"a":1}
                .isInstanceOf(ItemsException.class);
    }
}
