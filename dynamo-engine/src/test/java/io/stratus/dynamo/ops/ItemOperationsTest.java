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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem and DeleteItem driven through the engine. */
class ItemOperationsTest {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("hash", null);
        dynamo.createTable("range", "N");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void putThenGetReturnsTheItemWithNormalisedNumbers() {
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'n':{'N':'1.50'},'e':{'S':''},"
                + "'m':{'M':{'l':{'L':[{'NULL':true},{'BOOL':false}]}}},'ns':{'NS':['1e2','-0']}}}");
        JsonNode item = dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}}}").get("Item");
        assertThat(item.toString()).isEqualTo("{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1.5\"},\"e\":{\"S\":\"\"},"
                + "\"m\":{\"M\":{\"l\":{\"L\":[{\"NULL\":true},{\"BOOL\":false}]}}},\"ns\":{\"NS\":[\"100\",\"0\"]}}");
    }

    @Test
    void getOfAMissingItemReturnsNoItem() {
        assertThat(dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'none'}}}").toString()).isEqualTo("{}");
    }

    @Test
    void putReturnsTheOldItemWhenAsked() {
        assertThat(dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'N':'1'}},'ReturnValues':'ALL_OLD'}")
                .toString()).isEqualTo("{}");
        assertThat(dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'N':'2'}},'ReturnValues':'ALL_OLD'}")
                .get("Attributes").toString()).isEqualTo("{\"pk\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}");
    }

    @Test
    void deleteRemovesTheItemAndReturnsItWhenAsked() {
        dynamo.call("PutItem", "{'TableName':'range','Item':{'pk':{'S':'a'},'sk':{'N':'1'},'v':{'S':'x'}}}");
        JsonNode deleted = dynamo.call("DeleteItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1.0'}},'ReturnValues':'ALL_OLD'}");
        assertThat(deleted.get("Attributes").get("v").get("S").asText()).isEqualTo("x");
        assertThat(dynamo.call("GetItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}").has("Item")).isFalse();
        assertThat(dynamo.call("DeleteItem", "{'TableName':'range','Key':{'pk':{'S':'a'},'sk':{'N':'1'}}}").toString()).isEqualTo("{}");
    }

    @Test
    void describeTableReflectsItemCountAndSize() {
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'S':'hello'}}}");
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'b'}}}");
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'b'},'x':{'BOOL':true}}}");
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'hash'}").get("Table");
        assertThat(table.get("ItemCount").asLong()).isEqualTo(2);
        assertThat(table.get("TableSizeBytes").asLong()).isEqualTo((2 + 1 + 1 + 5) + (2 + 1 + 1 + 1));
    }

    @Test
    void consumedCapacityFollowsAwsRounding() {
        JsonNode put = dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'S':'" + "x".repeat(1500)
                + "'}},'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(put.get("ConsumedCapacity").toString()).isEqualTo("{\"TableName\":\"hash\",\"CapacityUnits\":2.0}");
        JsonNode get = dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}");
        assertThat(get.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(0.5);
        JsonNode strong = dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ConsistentRead':true,"
                + "'ReturnConsumedCapacity':'INDEXES'}");
        assertThat(strong.get("ConsumedCapacity").get("Table").get("CapacityUnits").asDouble()).isEqualTo(1.0);
    }

    @Test
    void attributesToGetSelectsTopLevelAttributes() {
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'x':{'S':'1'},'y':{'S':'2'}}}");
        assertThat(dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['y','z']}")
                .get("Item").toString()).isEqualTo("{\"y\":{\"S\":\"2\"}}");
    }

    @Test
    void projectionExpressionSelectsNamedPaths() {
        dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'x':{'M':{'a':{'S':'1'},'b':{'S':'2'}}},'y':{'S':'2'}}}");
        assertThat(dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ProjectionExpression':'#x.b, y',"
                + "'ExpressionAttributeNames':{'#x':'x'}}").get("Item").toString())
                .isEqualTo("{\"x\":{\"M\":{\"b\":{\"S\":\"2\"}}},\"y\":{\"S\":\"2\"}}");
    }

    @Test
    void concurrentPutsAndDeletesKeepCountsConsistent() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String key = "k" + (i % 20);
                    dynamo.call("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'" + key + "'},'t':{'N':'" + (thread + 1) + "'}}}");
                    if (i % 3 == 0) {
                        dynamo.call("DeleteItem", "{'TableName':'hash','Key':{'pk':{'S':'" + key + "'}}}");
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        long count = 0;
        long size = 0;
        for (int i = 0; i < 20; i++) {
            JsonNode item = dynamo.call("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'k" + i + "'}}}").get("Item");
            if (item != null) {
                count++;
                // every writer stores a one-digit non-zero number, which DynamoDB sizes at 2 bytes
                size += 2 + ("k" + i).length() + 1 + 2;
            }
        }
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'hash'}").get("Table");
        assertThat(table.get("ItemCount").asLong()).isEqualTo(count);
        assertThat(table.get("TableSizeBytes").asLong()).isEqualTo(size);
    }

    @Nested
    class Validation {
        @Test
        void missingTableIsNotFoundWithoutItsName() {
            dynamo.assertError("PutItem", "{'TableName':'nope','Item':{'pk':{'S':'a'}}}", ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found");
            dynamo.assertError("GetItem", "{'TableName':'nope','Key':{}}", ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found");
        }

        @Test
        void missingMembersAreListed() {
            dynamo.assertValidation("GetItem", "{}", "2 validation errors detected: "
                    + "Value null at 'tableName' failed to satisfy constraint: Member must not be null; "
                    + "Value null at 'key' failed to satisfy constraint: Member must not be null");
        }

        @Test
        void itemMissingTheKeyIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'range','Item':{'pk':{'S':'a'}}}",
                    INVALID + "Missing the key sk in the item");
        }

        @Test
        void itemWithWrongKeyTypeIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'hash','Item':{'pk':{'N':'1'}}}",
                    INVALID + "Type mismatch for key pk expected: S actual: N");
        }

        @Test
        void emptyStringKeyIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'hash','Item':{'pk':{'S':''}}}",
                    "One or more parameter values are not valid. "
                            + "The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        }

        @Test
        void oversizedHashKeyIsRejected() {
            dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'" + "a".repeat(2049) + "'}}}",
                    INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }

        @Test
        void keyThatDoesNotMatchTheSchemaIsRejected() {
            for (String key : new String[] {"{}", "{'b':{'S':'a'}}", "{'pk':{'S':'a'},'b':{'S':'a'}}", "{'pk':{'N':'1'}}"}) {
                dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':" + key + "}",
                        "The provided key element does not match the schema");
            }
            dynamo.assertValidation("DeleteItem", "{'TableName':'range','Key':{'pk':{'S':'a'}}}",
                    "The provided key element does not match the schema");
        }

        @Test
        void returnValuesOtherThanAllOldAreRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ReturnValues':'ALL_NEW'}",
                    "ReturnValues can only be ALL_OLD or NONE");
            dynamo.assertValidation("DeleteItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ReturnValues':'UPDATED_OLD'}",
                    "ReturnValues can only be ALL_OLD or NONE");
            dynamo.assertValidation("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'}},'ReturnValues':'BAD'}",
                    "1 validation error detected: Value 'BAD' at 'returnValues' failed to satisfy constraint: "
                            + "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
        }

        @Test
        void invalidAttributeValuesAreRejectedBeforeTheTableIsLookedUp() {
            dynamo.assertValidation("PutItem", "{'TableName':'nope','Item':{'a':{'SS':[]}}}",
                    INVALID + "An string set  may not be empty");
        }

        @Test
        void wrongJsonTypeInAnItemIsASerializationError() {
            dynamo.assertError("PutItem", "{'TableName':'hash','Item':{'pk':{'S':5}}}", ErrorCode.SERIALIZATION,
                    "NUMBER_VALUE cannot be converted to String");
        }

        @Test
        void oversizedItemIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'hash','Item':{'pk':{'S':'a'},'v':{'S':'" + "x".repeat(409600) + "'}}}",
                    "Item size has exceeded the maximum allowed size");
        }

        @Test
        void expressionAndLegacyProjectionCannotBeMixed() {
            dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['a'],"
                            + "'ProjectionExpression':'a'}",
                    "Can not use both expression and non-expression parameters in the same request: "
                            + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
            dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ExpressionAttributeNames':{'#a':'a'}}",
                    "ExpressionAttributeNames can only be specified when using expressions");
        }

        @Test
        void duplicateAttributesToGetAreRejected() {
            dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'AttributesToGet':['a','a']}",
                    INVALID + "Duplicate value in attribute name: a");
        }

        @Test
        void unusedExpressionAttributeNamesAreRejected() {
            dynamo.assertValidation("GetItem", "{'TableName':'hash','Key':{'pk':{'S':'a'}},'ProjectionExpression':'a',"
                            + "'ExpressionAttributeNames':{'#a':'a','#b':'b'}}",
                    "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}");
        }
    }
}
