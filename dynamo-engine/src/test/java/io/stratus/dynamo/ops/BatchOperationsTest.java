package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BatchGetItem and BatchWriteItem driven through the engine. */
class BatchOperationsTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("aaa", null);
        dynamo.createTable("bbb", "N");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static String puts(int from, int to) {
        List<String> requests = new ArrayList<>();
        for (int i = from; i < to; i++) {
            requests.add("{'PutRequest':{'Item':{'pk':{'S':'k" + i + "'},'v':{'N':'" + i + "'}}}}");
        }
        return String.join(",", requests);
    }

    @Test
    void batchWriteThenBatchGetAcrossTables() {
        JsonNode written = dynamo.call("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 3) + "],"
                + "'bbb':[{'PutRequest':{'Item':{'pk':{'S':'x'},'sk':{'N':'1'}}}}]},'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(written.get("UnprocessedItems").toString()).isEqualTo("{}");
        assertThat(written.get("ConsumedCapacity").toString())
                .isEqualTo("[{\"TableName\":\"aaa\",\"CapacityUnits\":3.0},{\"TableName\":\"bbb\",\"CapacityUnits\":1.0}]");

        JsonNode read = dynamo.call("BatchGetItem", "{'RequestItems':{'aaa':{'Keys':[{'pk':{'S':'k0'}},{'pk':{'S':'k2'}},"
                + "{'pk':{'S':'missing'}}],'ProjectionExpression':'v'},'bbb':{'Keys':[{'pk':{'S':'x'},'sk':{'N':'1'}}],"
                + "'ConsistentRead':true}},'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(read.get("Responses").get("aaa")).hasSize(2);
        assertThat(read.get("Responses").get("aaa").get(0).toString()).startsWith("{\"v\":");
        assertThat(read.get("Responses").get("bbb").get(0).get("pk").get("S").asText()).isEqualTo("x");
        assertThat(read.get("UnprocessedKeys").toString()).isEqualTo("{}");
        assertThat(read.get("ConsumedCapacity").toString())
                .isEqualTo("[{\"TableName\":\"aaa\",\"CapacityUnits\":1.5},{\"TableName\":\"bbb\",\"CapacityUnits\":1.0}]");
    }

    @Test
    void batchWriteDeletes() {
        dynamo.call("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 2) + "]}}");
        dynamo.call("BatchWriteItem", "{'RequestItems':{'aaa':[{'DeleteRequest':{'Key':{'pk':{'S':'k0'}}}}]}}");
        assertThat(dynamo.call("GetItem", "{'TableName':'aaa','Key':{'pk':{'S':'k0'}}}").has("Item")).isFalse();
        assertThat(dynamo.call("GetItem", "{'TableName':'aaa','Key':{'pk':{'S':'k1'}}}").has("Item")).isTrue();
    }

    @Test
    void batchWriteWithDuplicateKeysIsRejectedAndWritesNothing() {
        dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 2)
                + ",{'DeleteRequest':{'Key':{'pk':{'S':'k1'}}}}]}}", "Provided list of item keys contains duplicates");
        assertThat(dynamo.call("GetItem", "{'TableName':'aaa','Key':{'pk':{'S':'k0'}}}").has("Item")).isFalse();
    }

    @Test
    void batchWriteWithAnUnknownTableWritesNothing() {
        dynamo.assertError("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 1) + "],'nope':[" + puts(1, 2) + "]}}",
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
        assertThat(dynamo.call("GetItem", "{'TableName':'aaa','Key':{'pk':{'S':'k0'}}}").has("Item")).isFalse();
    }

    @Test
    void batchWriteWithAnInvalidItemLaterInTheBatchWritesNothing() {
        dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 2)
                + ",{'PutRequest':{'Item':{'other':{'S':'x'}}}}]}}",
                "One or more parameter values were invalid: Missing the key pk in the item");
        assertThat(dynamo.call("GetItem", "{'TableName':'aaa','Key':{'pk':{'S':'k0'}}}").has("Item")).isFalse();
    }

    @Test
    void batchWriteOfMoreThanTwentyFiveRequestsIsRejected() {
        dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{'aaa':[" + puts(0, 20) + "],'bbb':[" + puts(20, 26)
                .replace("'v':", "'sk':") + "]}}", "Too many items requested for the BatchWriteItem call");
    }

    @Test
    void batchWriteRequestNeedsExactlyOneOfPutOrDelete() {
        dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{'aaa':[{}]}}",
                "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    }

    @Test
    void batchGetWithDuplicateKeysIsRejected() {
        dynamo.assertValidation("BatchGetItem", "{'RequestItems':{'aaa':{'Keys':[{'pk':{'S':'k'}},{'pk':{'S':'k'}}]}}}",
                "Provided list of item keys contains duplicates");
    }

    @Test
    void batchGetOfMoreThanAHundredKeysIsRejected() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            keys.add("{'pk':{'S':'k" + i + "'}}");
        }
        List<String> rangeKeys = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            rangeKeys.add("{'pk':{'S':'k'},'sk':{'N':'" + i + "'}}");
        }
        dynamo.assertValidation("BatchGetItem", "{'RequestItems':{'aaa':{'Keys':[" + String.join(",", keys) + "]},"
                + "'bbb':{'Keys':[" + String.join(",", rangeKeys) + "]}}}", "Too many items requested for the BatchGetItem call");
    }

    @Test
    void batchGetMixingProjectionAndAttributesToGetIsRejected() {
        dynamo.assertValidation("BatchGetItem", "{'RequestItems':{'aaa':{'Keys':[{'pk':{'S':'k'}}],'AttributesToGet':['v'],"
                + "'ProjectionExpression':'v'}}}", "Can not use both expression and non-expression parameters in the same "
                + "request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void emptyRequestItemsIsAShapeError() {
        dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{}}", "1 validation error detected: Value '{}' at "
                + "'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
    }
}
