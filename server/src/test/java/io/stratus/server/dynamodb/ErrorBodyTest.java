package io.stratus.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    private static String render(DynamoDbException error) {
        return new String(ErrorBody.render(error), StandardCharsets.UTF_8);
    }

    @Test
    void errorWithoutMessageHasOnlyItsType() {
        assertThat(render(DynamoDbException.serialization(null)))
                .isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
    }

    @Test
    void messageIsEscapedAsJson() {
        assertThat(render(DynamoDbException.validation("Value \"a\\b\" at 'x'")))
                .isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                        + "\"message\":\"Value \\\"a\\\\b\\\" at 'x'\"}");
    }

    @Test
    void extraMembersFollowTheMessage() {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("CancellationReasons", List.of(Map.of("Code", "None"), Map.of("Code", "ConditionalCheckFailed")));

        assertThat(render(DynamoDbException.withMembers(ErrorCode.TRANSACTION_CANCELED, "Transaction cancelled", reasons)))
                .isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"message\":\"Transaction cancelled\","
                        + "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\"}]}");
    }
}
