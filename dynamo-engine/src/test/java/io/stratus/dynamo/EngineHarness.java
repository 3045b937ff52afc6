package io.stratus.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Drives an engine with JSON text the way the server does, for tests. */
public final class EngineHarness {

    public static final RequestContext CONTEXT = new RequestContext("eu-west-2", RequestContext.DEFAULT_ACCOUNT_ID, "req-1");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DynamoEngine engine;

    public EngineHarness(DynamoEngine engine) {
        this.engine = engine;
    }

    /** Executes {@code operation}; single quotes in {@code json} stand for double quotes. */
    public JsonNode call(String operation, String json) {
        JsonNode request = engine.parseRequest(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        byte[] response = engine.execute(operation, request, CONTEXT);
        try {
            return MAPPER.readTree(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void assertError(String operation, String json, ErrorCode code, String message) {
        assertThatThrownBy(() -> call(operation, json)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    public void assertValidation(String operation, String json, String message) {
        assertError(operation, json, ErrorCode.VALIDATION, message);
    }

    /** Creates an on-demand table with a string hash key {@code pk} and, when {@code rangeType} is given, sort key {@code sk}. */
    public void createTable(String name, String rangeType) {
        if (rangeType == null) {
            call("CreateTable", "{'TableName':'" + name + "','BillingMode':'PAY_PER_REQUEST',"
                    + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
                    + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}");
        } else {
            call("CreateTable", "{'TableName':'" + name + "','BillingMode':'PAY_PER_REQUEST',"
                    + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'sk','AttributeType':'"
                    + rangeType + "'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}]}");
        }
    }
}
