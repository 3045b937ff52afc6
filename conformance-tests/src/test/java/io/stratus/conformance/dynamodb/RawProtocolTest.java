package io.stratus.conformance.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.RawDynamoDb;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The wire protocol below the SDK: error shapes for what the SDK never sends, and response headers. */
@ConformanceTest
class RawProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void malformedJsonIsASerializationException(Target target) {
        RawDynamoDb.Response response = new RawDynamoDb(target).send("ListTables", "{\"Limit\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("__type").asText())
                .isEqualTo("com.amazon.coral.service#SerializationException");
    }

    @Test
    void anUnknownOperationIsAnUnknownOperationException(Target target) {
        RawDynamoDb.Response response = new RawDynamoDb(target).send("DescribeTablez", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("__type").asText())
                .isEqualTo("com.amazon.coral.service#UnknownOperationException");
    }

    @Test
    void aRequestWithoutAuthorizationIsMissingItsAuthenticationToken(Target target) {
        RawDynamoDb.Response response = new RawDynamoDb(target).send("ListTables", "{}", false);

        assertThat(response.status()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("__type").asText())
                .isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
        // Coral's service errors are seen with both spellings of the member; SDKs read either.
        JsonNode message = body.has("message") ? body.get("message") : body.path("Message");
        assertThat(message.asText()).isEqualTo("Request is missing Authentication Token");
    }

    @Test
    void aSuccessfulResponseCarriesAMatchingCrc32ARequestIdAndTheJsonContentType(Target target) {
        RawDynamoDb.Response response = new RawDynamoDb(target).send("ListTables", "{\"Limit\": 1}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        assertThat(response.header("Content-Type")).startsWith(RawDynamoDb.CONTENT_TYPE);
        assertThat(json(response).path("TableNames").isArray()).isTrue();
    }

    @Test
    void anErrorResponseCarriesTheFullTypeTheMessageAndAMatchingCrc32(Target target) {
        String name = Tables.uniqueName("missing");

        RawDynamoDb.Response response = new RawDynamoDb(target)
                .send("DescribeTable", "{\"TableName\": \"" + name + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        JsonNode body = json(response);
        assertThat(body.path("__type").asText())
                .isEqualTo("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
        assertThat(body.path("message").asText()).isEqualTo(AwsMessages.tableNotFound(name));
    }

    @Test
    void aValidationErrorIsRenderedUnderTheCoralValidationType(Target target) {
        RawDynamoDb.Response response = new RawDynamoDb(target).send("DescribeTable", "{\"TableName\": \"ab\"}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("__type").asText()).isEqualTo("com.amazon.coral.validate#ValidationException");
        assertThat(body.path("message").asText()).isEqualTo("1 validation error detected: Value 'ab' at "
                + "'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    }

    private static String crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return Long.toString(crc.getValue());
    }

    private static JsonNode json(RawDynamoDb.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Response body is not JSON: " + response.text(), e);
        }
    }
}
