package io.stratus.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamoEngineTest {

    @Test
    void malformedEmptyOrNonObjectBodiesAreBareSerializationErrors() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            for (String body : new String[] {"", "{", "[]", "5", "null", "{\"a\":}"}) {
                assertThatThrownBy(() -> engine.parseRequest(body.getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
                            assertThat(e.getMessage()).isNull();
                        });
            }
        }
    }

    @Test
    void supportsOnlyImplementedOperations() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            for (String op : new String[] {"CreateTable", "DescribeTable", "ListTables", "UpdateTable", "DeleteTable",
                    "PutItem", "GetItem", "DeleteItem", "UpdateItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem"}) {
                assertThat(engine.supports(op)).as(op).isTrue();
            }
            assertThat(engine.supports("TransactWriteItems")).isFalse();
            assertThat(engine.supports("putItem")).isFalse();
            assertThat(engine.supports(null)).isFalse();
        }
    }

    @Test
    void tablesAndItemsSurviveARestart(@TempDir Path dir) {
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            dynamo.createTable("kept", "B");
            dynamo.call("PutItem", "{'TableName':'kept','Item':{'pk':{'S':'a'},'sk':{'B':'AAE='},'v':{'NS':['1','2']}}}");
            dynamo.createTable("dropped", null);
            dynamo.call("DeleteTable", "{'TableName':'dropped'}");
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            assertThat(engine.tableNames()).containsExactly("kept");
            JsonNode item = dynamo.call("GetItem", "{'TableName':'kept','Key':{'pk':{'S':'a'},'sk':{'B':'AAE='}}}").get("Item");
            assertThat(item.get("v").toString()).isEqualTo("{\"NS\":[\"1\",\"2\"]}");
            JsonNode table = dynamo.call("DescribeTable", "{'TableName':'kept'}").get("Table");
            assertThat(table.get("ItemCount").asLong()).isEqualTo(1);
            assertThat(table.get("TableSizeBytes").asLong()).isGreaterThan(0);
            assertThat(table.get("KeySchema").get(1).get("AttributeName").asText()).isEqualTo("sk");
        }
    }

    @Test
    void anAsyncWriteInAFileEngineCompletesWithItsResponseAndSurvivesARestart(@TempDir Path dir) throws Exception {
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            new EngineHarness(engine).createTable("kept", null);
            CompletableFuture<byte[]> put = engine.executeAsync("PutItem",
                    request(engine, "{'TableName':'kept','Item':{'pk':{'S':'a'}},'ReturnValues':'ALL_OLD'}"),
                    EngineHarness.CONTEXT);
            assertThat(new String(put.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("{}");
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            JsonNode item = new EngineHarness(engine).call("GetItem", "{'TableName':'kept','Key':{'pk':{'S':'a'}}}");
            assertThat(item.get("Item").toString()).isEqualTo("{\"pk\":{\"S\":\"a\"}}");
        }
    }

    @Test
    void anAsyncReadIsCompleteAtOnce(@TempDir Path dir) {
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            CompletableFuture<byte[]> list = engine.executeAsync("ListTables", request(engine, "{}"), EngineHarness.CONTEXT);
            assertThat(list).isCompleted();
            assertThat(new String(list.join(), StandardCharsets.UTF_8)).isEqualTo("{\"TableNames\":[]}");
        }
    }

    @Test
    void anAsyncCallThrowsRequestErrorsBeforeReturning() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            assertThatThrownBy(() -> engine.executeAsync("PutItem",
                    request(engine, "{'TableName':'missing','Item':{'pk':{'S':'a'}}}"), EngineHarness.CONTEXT))
                    .isInstanceOfSatisfying(DynamoDbException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        }
    }

    private static JsonNode request(DynamoEngine engine, String json) {
        return engine.parseRequest(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }
}
