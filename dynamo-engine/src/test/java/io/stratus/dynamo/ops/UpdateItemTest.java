package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UpdateItem driven through the engine. */
class UpdateItemTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("tbl", "N");
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'a'},'sk':{'N':'1'},'n':{'N':'5'},"
                + "'m':{'M':{'x':{'S':'old'},'y':{'N':'1'}}}}}");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private JsonNode get(String pk, String sk) {
        return dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'" + pk + "'},'sk':{'N':'" + sk + "'}}}").get("Item");
    }

    @Test
    void updateItemCreatesAnAbsentItemFromItsKey() {
        JsonNode response = dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'new'},'sk':{'N':'2'}},"
                + "'UpdateExpression':'SET v = :v','ExpressionAttributeValues':{':v':{'S':'x'}},'ReturnValues':'ALL_NEW'}");
        assertThat(response.get("Attributes").toString())
                .isEqualTo("{\"pk\":{\"S\":\"new\"},\"sk\":{\"N\":\"2\"},\"v\":{\"S\":\"x\"}}");
        assertThat(get("new", "2").get("v").get("S").asText()).isEqualTo("x");
    }

    @Test
    void updateItemWithoutAnExpressionCreatesAKeyOnlyItem() {
        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'bare'},'sk':{'N':'3'}}}");
        assertThat(get("bare", "3").toString()).isEqualTo("{\"pk\":{\"S\":\"bare\"},\"sk\":{\"N\":\"3\"}}");
    }

    @Test
    void updateItemWithFailedConditionLeavesItemUnchanged() {
        dynamo.assertError("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET n = :v','ConditionExpression':'n > :v','ExpressionAttributeValues':{':v':{'N':'9'}}}",
                ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
        assertThat(get("a", "1").get("n").get("N").asText()).isEqualTo("5");
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET sk = :v','ExpressionAttributeValues':{':v':{'N':'9'}}}",
                "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
    }

    @Test
    void returnValuesAllOldGivesThePreImage() {
        JsonNode response = dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'ADD n :one','ExpressionAttributeValues':{':one':{'N':'1'}},'ReturnValues':'ALL_OLD'}");
        assertThat(response.get("Attributes").get("n").get("N").asText()).isEqualTo("5");
        assertThat(get("a", "1").get("n").get("N").asText()).isEqualTo("6");
    }

    @Test
    void returnValuesUpdatedOldAndNewCoverOnlyTheWrittenNestedPaths() {
        JsonNode old = dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET m.x = :v, z = :v','ExpressionAttributeValues':{':v':{'S':'new'}},"
                + "'ReturnValues':'UPDATED_OLD'}");
        assertThat(old.get("Attributes").toString()).isEqualTo("{\"m\":{\"M\":{\"x\":{\"S\":\"old\"}}}}");
        JsonNode fresh = dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET m.x = :v REMOVE m.y','ExpressionAttributeValues':{':v':{'S':'newer'}},"
                + "'ReturnValues':'UPDATED_NEW'}");
        assertThat(fresh.get("Attributes").toString()).isEqualTo("{\"m\":{\"M\":{\"x\":{\"S\":\"newer\"}}}}");
    }

    @Test
    void returnValuesNoneReturnsNoAttributes() {
        assertThat(dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'REMOVE n'}").toString()).isEqualTo("{}");
    }

    @Test
    void setReadsThePreImage() {
        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET n = :v, previous = n','ExpressionAttributeValues':{':v':{'N':'100'}}}");
        JsonNode item = get("a", "1");
        assertThat(item.get("n").get("N").asText()).isEqualTo("100");
        assertThat(item.get("previous").get("N").asText()).isEqualTo("5");
    }

    @Test
    void anUpdateThatGrowsTheItemPastTheLimitIsRejected() {
        String big = "x".repeat(300 * 1024);
        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET b1 = :v','ExpressionAttributeValues':{':v':{'S':'" + big + "'}}}");
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET b2 = :v','ExpressionAttributeValues':{':v':{'S':'" + big + "'}}}",
                "Item size to update has exceeded the maximum allowed size");
        assertThat(get("a", "1").has("b2")).isFalse();
    }

    @Test
    void valuesWithoutExpressionsNameBothExpressions() {
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'ExpressionAttributeValues':{':v':{'N':'1'}}}",
                "ExpressionAttributeValues can only be specified when using expressions: "
                        + "UpdateExpression and ConditionExpression are null");
    }

    @Test
    void concurrentAddsAllLand() throws Exception {
        int threads = 8;
        int perThread = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < perThread; k++) {
                        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'c'},'sk':{'N':'1'}},"
                                + "'UpdateExpression':'SET n = if_not_exists(n, :zero) + :one',"
                                + "'ExpressionAttributeValues':{':zero':{'N':'0'},':one':{'N':'1'}}}");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("c", "1").get("n").get("N").asText()).isEqualTo(Integer.toString(threads * perThread));
    }
}
