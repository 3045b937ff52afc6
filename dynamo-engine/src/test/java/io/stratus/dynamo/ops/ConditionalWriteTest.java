package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ConditionExpression and Expected on PutItem and DeleteItem, including races. */
class ConditionalWriteTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("tbl", null);
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'},'v':{'N':'1'}}}");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void putItemWithFailedConditionLeavesItemUnchanged() {
        dynamo.assertError("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'},'v':{'N':'2'}},"
                + "'ConditionExpression':'attribute_not_exists(pk)'}", ErrorCode.CONDITIONAL_CHECK_FAILED,
                "The conditional request failed");
        assertThat(dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}}}").get("Item").get("v").get("N").asText())
                .isEqualTo("1");
    }

    @Test
    void putItemWithPassingConditionReplacesTheItem() {
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'},'v':{'N':'2'}},"
                + "'ConditionExpression':'#v = :one','ExpressionAttributeNames':{'#v':'v'},"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}}}");
        assertThat(dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}}}").get("Item").get("v").get("N").asText())
                .isEqualTo("2");
    }

    @Test
    void failedConditionCarriesTheOldItemWhenAskedForAllOld() {
        assertThatThrownBy(() -> dynamo.call("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}},"
                + "'ConditionExpression':'v > :ten','ExpressionAttributeValues':{':ten':{'N':'10'}},"
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
                    assertThat(e.extraMembers()).isEqualTo(Map.of("Item",
                            Map.of("pk", Map.of("S", "a"), "v", Map.of("N", "1"))));
                });
    }

    @Test
    void failedConditionOnAnAbsentItemCarriesNoItem() {
        assertThatThrownBy(() -> dynamo.call("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'none'}},"
                + "'ConditionExpression':'attribute_exists(pk)','ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.extraMembers()).isEmpty());
    }

    @Test
    void deleteItemWithPassingConditionDeletes() {
        dynamo.call("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}},'ConditionExpression':'attribute_exists(v)'}");
        assertThat(dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}}}").has("Item")).isFalse();
    }

    @Test
    void namesWithoutAnExpressionAreRejected() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'}},'ExpressionAttributeNames':{'#a':'a'}}",
                "ExpressionAttributeNames can only be specified when using expressions");
    }

    @Test
    void valuesWithoutAnExpressionAreRejected() {
        dynamo.assertValidation("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'}},"
                + "'ExpressionAttributeValues':{':a':{'S':'a'}}}",
                "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null");
    }

    @Test
    void unusedValuesAreRejected() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'}},'ConditionExpression':'attribute_exists(pk)',"
                + "'ExpressionAttributeValues':{':a':{'S':'a'}}}",
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:a}");
    }

    @Test
    void mixingExpectedAndConditionExpressionIsRejected() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'}},'ConditionExpression':'attribute_exists(pk)',"
                + "'Expected':{'pk':{'Exists':false}}}",
                "Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
    }

    @Test
    void conditionSyntaxErrorsNameTheParameter() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'}},'ConditionExpression':''}",
                "Invalid ConditionExpression: The expression can not be empty;");
    }

    @Test
    void onlyOneOfManyConcurrentCreatesWins() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int writer = i;
                futures.add(pool.submit(() -> {
                    try {
                        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'race'},'w':{'N':'" + writer + "'}},"
                                + "'ConditionExpression':'attribute_not_exists(pk)'}");
                        wins.incrementAndGet();
                    } catch (DynamoDbException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wins.get()).isEqualTo(1);
        assertThat(failures.get()).isEqualTo(threads - 1);
    }

    @Test
    void concurrentConditionalIncrementsNeverLoseAnUpdate() throws Exception {
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'counter'},'n':{'N':'0'}}}");
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger succeeded = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < perThread; k++) {
                        // read-then-conditional-put: exactly the writers that saw the latest value win
                        String n = dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'counter'}}}")
                                .get("Item").get("n").get("N").asText();
                        try {
                            dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'counter'},'n':{'N':'"
                                    + (Long.parseLong(n) + 1) + "'}},'ConditionExpression':'n = :seen',"
                                    + "'ExpressionAttributeValues':{':seen':{'N':'" + n + "'}}}");
                            succeeded.incrementAndGet();
                        } catch (DynamoDbException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String finalValue = dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'counter'}}}")
                .get("Item").get("n").get("N").asText();
        assertThat(Long.parseLong(finalValue)).isEqualTo(succeeded.get());
    }
}
