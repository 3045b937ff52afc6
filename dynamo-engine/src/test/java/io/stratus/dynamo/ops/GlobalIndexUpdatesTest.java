package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.index.IndexedTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** UpdateTable's GlobalSecondaryIndexUpdates: create (backfilled), delete, update, and their checks. */
class GlobalIndexUpdatesTest {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String CREATE_BY_NOTE = "{'TableName':'orders','AttributeDefinitions':"
            + "[{'AttributeName':'note','AttributeType':'S'},{'AttributeName':'total','AttributeType':'N'}],"
            + "'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byNote','KeySchema':"
            + "[{'AttributeName':'note','KeyType':'HASH'},{'AttributeName':'total','KeyType':'RANGE'}],"
            + "'Projection':{'ProjectionType':'INCLUDE','NonKeyAttributes':['secret']}}}]}";

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void orders() {
        IndexedTable.create(dynamo);
        IndexedTable.put(dynamo, "o1", "a", "open", 1, "c1", 10);
        IndexedTable.put(dynamo, "o1", "b", "open", 2, "c1", 20);
        IndexedTable.put(dynamo, "o2", "a", null, null, null, null);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private JsonNode queryByNote(String note) {
        return dynamo.call("Query", "{'TableName':'orders','IndexName':'byNote','KeyConditionExpression':'note = :n',"
                + "'ExpressionAttributeValues':{':n':{'S':'" + note + "'}}}");
    }

    @Test
    void aCreatedIndexIsBackfilledAndActiveWhenUpdateTableReturns() {
        JsonNode description = dynamo.call("UpdateTable", CREATE_BY_NOTE).get("TableDescription");
        JsonNode created = description.get("GlobalSecondaryIndexes").get(2);
        assertThat(created.get("IndexName").asText()).isEqualTo("byNote");
        assertThat(created.get("IndexStatus").asText()).isEqualTo("ACTIVE");
        // o2/a has a note but no total: the new index is sparse too
        assertThat(created.get("ItemCount").asLong()).isEqualTo(2);
        assertThat(description.get("AttributeDefinitions").toString()).contains("\"note\"");
        assertThat(queryByNote("n-b").get("Items").toString()).isEqualTo("[{\"pk\":{\"S\":\"o1\"},\"sk\":{\"S\":\"b\"},"
                + "\"total\":{\"N\":\"20\"},\"note\":{\"S\":\"n-b\"},\"secret\":{\"S\":\"s-b\"}}]");
    }

    @Test
    void writesAfterCreateMaintainTheNewIndex() {
        dynamo.call("UpdateTable", CREATE_BY_NOTE);
        dynamo.call("UpdateItem", "{'TableName':'orders','Key':{'pk':{'S':'o2'},'sk':{'S':'a'}},"
                + "'UpdateExpression':'SET #t = :t','ExpressionAttributeNames':{'#t':'total'},"
                + "'ExpressionAttributeValues':{':t':{'N':'7'}}}");
        assertThat(queryByNote("n-a").get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void aDeletedIndexIsGoneWithItsUnusedAttributeDefinitions() {
        JsonNode description = dynamo.call("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':"
                + "[{'Delete':{'IndexName':'byStatus'}}]}").get("TableDescription");
        assertThat(description.get("GlobalSecondaryIndexes").size()).isEqualTo(1);
        assertThat(description.get("AttributeDefinitions").toString()).doesNotContain("status").doesNotContain("created");
        dynamo.assertValidation("Scan", "{'TableName':'orders','IndexName':'byStatus'}",
                "The table does not have the specified index: byStatus");
        IndexedTable.put(dynamo, "o3", "a", "open", 1, null, null);
    }

    @Test
    void anIndexRecreatedUnderTheSameNameStartsFromTheItems() {
        dynamo.call("UpdateTable", CREATE_BY_NOTE);
        dynamo.call("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Delete':{'IndexName':'byNote'}}]}");
        dynamo.call("DeleteItem", "{'TableName':'orders','Key':{'pk':{'S':'o1'},'sk':{'S':'b'}}}");
        dynamo.call("UpdateTable", CREATE_BY_NOTE);
        assertThat(queryByNote("n-b").get("Count").asInt()).isZero();
        assertThat(queryByNote("n-a").get("Count").asInt()).isEqualTo(1);
    }

    @Test
    void provisionedThroughputOfAnIndexCanBeUpdated() {
        dynamo.call("CreateTable", "{'TableName':'prov','AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},"
                + "{'AttributeName':'g','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}],"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1},'GlobalSecondaryIndexes':"
                + "[{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],'Projection':"
                + "{'ProjectionType':'ALL'},'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}]}");
        JsonNode index = dynamo.call("UpdateTable", "{'TableName':'prov','GlobalSecondaryIndexUpdates':[{'Update':"
                + "{'IndexName':'byG','ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':1}}}]}")
                .get("TableDescription").get("GlobalSecondaryIndexes").get(0);
        assertThat(index.get("ProvisionedThroughput").get("ReadCapacityUnits").asLong()).isEqualTo(5);
        assertThat(index.get("ProvisionedThroughput").has("LastIncreaseDateTime")).isTrue();
        dynamo.assertValidation("UpdateTable", "{'TableName':'prov','AttributeDefinitions':[{'AttributeName':'h',"
                + "'AttributeType':'S'}],'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byH','KeySchema':"
                + "[{'AttributeName':'h','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}}]}",
                INVALID + "ProvisionedThroughput must be specified for index: byH");
    }

    @Nested
    class Checks {

        @Test
        void anEmptyListIsRejected() {
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[]}",
                    INVALID + "List of GlobalSecondaryIndexUpdates is empty");
        }

        @Test
        void eachUpdateNeedsExactlyOneAction() {
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{}]}",
                    INVALID + "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, "
                            + "GlobalSecondaryIndexUpdate.Delete must not be null");
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Delete':"
                    + "{'IndexName':'byStatus'},'Update':{'IndexName':'byStatus','ProvisionedThroughput':"
                    + "{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}",
                    INVALID + "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object");
        }

        @Test
        void anIndexMayBeNamedOnce() {
            dynamo.assertValidation("UpdateTable", "{'TableName':'abc','GlobalSecondaryIndexUpdates':[{'Delete':"
                    + "{'IndexName':'abc'}},{'Delete':{'IndexName':'abc'}}]}",
                    INVALID + "Only one global secondary index update per index is allowed simultaneously. Index: abc");
        }

        @Test
        void onlyOneIndexIsCreatedOrDeletedPerCall() {
            dynamo.assertError("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Delete':"
                    + "{'IndexName':'byStatus'}},{'Delete':{'IndexName':'byCustomer'}}]}", ErrorCode.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        }

        @Test
        void anExistingIndexCannotBeCreated() {
            dynamo.assertValidation("UpdateTable", CREATE_BY_NOTE.replace("byNote", "byTotal"),
                    "Attempting to create an index which already exists");
        }

        @Test
        void aCreatedIndexNeedsItsKeysDefinedInTheRequest() {
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Create':"
                    + "{'IndexName':'byNote','KeySchema':[{'AttributeName':'note','KeyType':'HASH'}],"
                    + "'Projection':{'ProjectionType':'ALL'}}}]}",
                    INVALID + "AttributeDefinitions is not specified for index: byNote");
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','AttributeDefinitions':[{'AttributeName':'x',"
                    + "'AttributeType':'S'}],'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byNote','KeySchema':"
                    + "[{'AttributeName':'note','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}}]}",
                    INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: [note], "
                            + "AttributeDefinitions: [x]");
        }

        @Test
        void anOnDemandIndexTakesNoThroughput() {
            dynamo.assertValidation("UpdateTable", CREATE_BY_NOTE.replace("'Projection'",
                    "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1},'Projection'"),
                    INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: byNote "
                            + "when BillingMode is PAY_PER_REQUEST");
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Update':"
                    + "{'IndexName':'byStatus','ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}",
                    INVALID + "The only Updates for index: byStatus when TableThroughputMode is PAY_PER_REQUEST can be "
                            + "to OnDemandThroughput, WarmThroughput");
        }

        @Test
        void unknownIndexesCannotBeDeletedOrUpdated() {
            dynamo.assertError("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Delete':"
                    + "{'IndexName':'nope'}}]}", ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found: Table: nope not found");
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Delete':"
                    + "{'IndexName':'byTotal'}}]}", "Cannot delete an index that is not a GlobalSecondaryIndex: byTotal");
            dynamo.assertValidation("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':[{'Update':"
                    + "{'IndexName':'nope','ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}",
                    "This operation cannot be performed with given input values. Please contact DynamoDB service team "
                            + "for more info: Action Blocked: IndexUpdate");
        }

        @Test
        void indexChangesDoNotMixWithStreamOrThroughputChanges() {
            dynamo.assertValidation("UpdateTable", CREATE_BY_NOTE.replace("'GlobalSecondaryIndexUpdates'",
                    "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'},'GlobalSecondaryIndexUpdates'"),
                    INVALID + "You cannot create or delete index while changing stream status");
        }
    }
}
