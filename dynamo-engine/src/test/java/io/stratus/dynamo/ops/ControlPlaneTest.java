package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CreateTable, DescribeTable, ListTables, UpdateTable and DeleteTable driven through the engine. */
class ControlPlaneTest {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @Nested
    class CreateTableValidation {
        @Test
        void emptyRequestListsEveryMissingMember() {
            dynamo.assertValidation("CreateTable", "{}", "3 validation errors detected: "
                    + "Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null; "
                    + "Value null at 'tableName' failed to satisfy constraint: Member must not be null; "
                    + "Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        }

        @Test
        void tableNameOfWrongTypeIsASerializationError() {
            dynamo.assertError("CreateTable", "{'TableName': 5}", ErrorCode.SERIALIZATION,
                    "NUMBER_VALUE cannot be converted to String");
        }

        @Test
        void provisionedTableNeedsThroughput() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],"
                            + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}",
                    INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }

        @Test
        void onDemandTableRejectsThroughput() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST',"
                            + "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1},"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}",
                    INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }

        @Test
        void throughputAboveBoundsIsRejected() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':1000000000001,'WriteCapacityUnits':1},"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}",
                    "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
        }

        @Test
        void keyAttributesMustBeDefined() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST',"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'},{'AttributeName':'b','AttributeType':'S'}],"
                            + "'KeySchema':[{'AttributeName':'c','KeyType':'HASH'}]}",
                    INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: [c], AttributeDefinitions: [a, b]");
        }

        @Test
        void firstKeyMustBeHash() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST',"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'RANGE'}]}",
                    "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }

        @Test
        void unusedAttributeDefinitionsAreRejected() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST',"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'},{'AttributeName':'b','AttributeType':'S'}],"
                            + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}",
                    INVALID + "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }

        @Test
        void globalIndexOnProvisionedTableNeedsThroughput() {
            dynamo.assertValidation("CreateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1},"
                            + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'},{'AttributeName':'b','AttributeType':'S'}],"
                            + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}],"
                            + "'GlobalSecondaryIndexes':[{'IndexName':'byB','KeySchema':[{'AttributeName':'b','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}]}",
                    INVALID + "ProvisionedThroughput is not specified for index: byB");
        }

        @Test
        void existingTableIsInUse() {
            dynamo.createTable("abc", null);
            dynamo.assertError("CreateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST',"
                            + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}",
                    ErrorCode.RESOURCE_IN_USE, "Table already exists: abc");
        }
    }

    @Test
    void createdTableIsDescribedInFull() {
        dynamo.call("CreateTable", "{'TableName':'orders','ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':3},"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'sk','AttributeType':'N'},"
                + "{'AttributeName':'g','AttributeType':'B'}],"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}],"
                + "'GlobalSecondaryIndexes':[{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'KEYS_ONLY'},'ProvisionedThroughput':{'ReadCapacityUnits':2,'WriteCapacityUnits':2}}],"
                + "'TableClass':'STANDARD_INFREQUENT_ACCESS','StreamSpecification':{'StreamEnabled':true,'StreamViewType':'NEW_IMAGE'}}");
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'orders'}").get("Table");
        assertThat(table.get("TableName").asText()).isEqualTo("orders");
        assertThat(table.get("TableStatus").asText()).isEqualTo("ACTIVE");
        assertThat(table.get("TableArn").asText()).isEqualTo("arn:aws:dynamodb:eu-west-2:000000000000:table/orders");
        assertThat(table.get("TableId").asText()).hasSize(36);
        assertThat(table.get("CreationDateTime").isNumber()).isTrue();
        assertThat(table.get("KeySchema").toString())
                .isEqualTo("[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]");
        assertThat(table.get("ProvisionedThroughput").toString())
                .isEqualTo("{\"NumberOfDecreasesToday\":0,\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":3}");
        assertThat(table.get("ItemCount").asLong()).isZero();
        assertThat(table.get("TableSizeBytes").asLong()).isZero();
        assertThat(table.has("BillingModeSummary")).as("never on-demand: no summary").isFalse();
        assertThat(table.get("DeletionProtectionEnabled").asBoolean()).isFalse();
        assertThat(table.get("TableClassSummary").get("TableClass").asText()).isEqualTo("STANDARD_INFREQUENT_ACCESS");
        assertThat(table.get("StreamSpecification").get("StreamViewType").asText()).isEqualTo("NEW_IMAGE");
        JsonNode gsi = table.get("GlobalSecondaryIndexes").get(0);
        assertThat(gsi.get("IndexName").asText()).isEqualTo("byG");
        assertThat(gsi.get("IndexStatus").asText()).isEqualTo("ACTIVE");
        assertThat(gsi.get("IndexArn").asText()).isEqualTo("arn:aws:dynamodb:eu-west-2:000000000000:table/orders/index/byG");
        assertThat(gsi.get("ProvisionedThroughput").get("ReadCapacityUnits").asLong()).isEqualTo(2);
    }

    @Test
    void onDemandTableShowsZeroThroughput() {
        dynamo.createTable("abc", null);
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'abc'}").get("Table");
        assertThat(table.get("ProvisionedThroughput").get("ReadCapacityUnits").asLong()).isZero();
        assertThat(table.get("BillingModeSummary").get("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.get("BillingModeSummary").get("LastUpdateToPayPerRequestDateTime"))
                .isEqualTo(table.get("CreationDateTime"));
    }

    @Test
    void describingAMissingTableNamesIt() {
        dynamo.assertError("DescribeTable", "{'TableName':'nope'}", ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: nope not found");
    }

    @Test
    void listTablesPagesInNameOrder() {
        for (String name : new String[] {"ccc", "aaa", "bbb", "ddd"}) {
            dynamo.createTable(name, null);
        }
        JsonNode first = dynamo.call("ListTables", "{'Limit':2}");
        assertThat(first.toString()).isEqualTo("{\"TableNames\":[\"aaa\",\"bbb\"],\"LastEvaluatedTableName\":\"bbb\"}");
        JsonNode rest = dynamo.call("ListTables", "{'ExclusiveStartTableName':'bbb'}");
        assertThat(rest.toString()).isEqualTo("{\"TableNames\":[\"ccc\",\"ddd\"]}");
        assertThat(engine.tableNames()).containsExactly("aaa", "bbb", "ccc", "ddd");
    }

    @Test
    void listTablesLimitIsBounded() {
        dynamo.assertValidation("ListTables", "{'Limit':101}", "1 validation error detected: "
                + "Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
    }

    @Nested
    class UpdateTableBehaviour {
        @Test
        void requestWithoutChangesIsRejected() {
            dynamo.createTable("abc", null);
            dynamo.assertValidation("UpdateTable", "{'TableName':'abc'}", "At least one of ProvisionedThroughput, BillingMode, "
                    + "UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                    + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput "
                    + "or TableClass is required");
        }

        @Test
        void unchangedThroughputIsRejected() {
            dynamo.call("CreateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1},"
                    + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}");
            dynamo.assertValidation("UpdateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}",
                    "The provisioned throughput for the table will not change. The requested value equals the current value. "
                            + "Current ReadCapacityUnits provisioned for the table: 1. Requested ReadCapacityUnits: 1. "
                            + "Current WriteCapacityUnits provisioned for the table: 1. Requested WriteCapacityUnits: 1. "
                            + "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
        }

        @Test
        void throughputDecreaseIsCounted() {
            dynamo.call("CreateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5},"
                    + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}");
            JsonNode pt = dynamo.call("UpdateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':2,'WriteCapacityUnits':5}}")
                    .get("TableDescription").get("ProvisionedThroughput");
            assertThat(pt.get("ReadCapacityUnits").asLong()).isEqualTo(2);
            assertThat(pt.get("NumberOfDecreasesToday").asLong()).isEqualTo(1);
            assertThat(pt.has("LastDecreaseDateTime")).isTrue();
        }

        @Test
        void switchingToOnDemandRecordsTheTime() {
            dynamo.call("CreateTable", "{'TableName':'abc','ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5},"
                    + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]}");
            JsonNode summary = dynamo.call("UpdateTable", "{'TableName':'abc','BillingMode':'PAY_PER_REQUEST'}")
                    .get("TableDescription").get("BillingModeSummary");
            assertThat(summary.get("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
            assertThat(summary.has("LastUpdateToPayPerRequestDateTime")).isTrue();
        }

        @Test
        void switchingToProvisionedNeedsThroughput() {
            dynamo.createTable("abc", null);
            dynamo.assertValidation("UpdateTable", "{'TableName':'abc','BillingMode':'PROVISIONED'}",
                    INVALID + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }

        @Test
        void updatingAMissingTableNamesIt() {
            dynamo.assertError("UpdateTable", "{'TableName':'nope','BillingMode':'PAY_PER_REQUEST'}",
                    ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found: Table: nope not found");
        }

        @Test
        void protectedTableCannotBeDeleted() {
            dynamo.createTable("abc", null);
            dynamo.call("UpdateTable", "{'TableName':'abc','DeletionProtectionEnabled':true}");
            dynamo.assertValidation("DeleteTable", "{'TableName':'abc'}", "Resource cannot be deleted as it is currently "
                    + "protected against deletion. Disable deletion protection first.");
        }
    }

    @Test
    void deleteTableAnswersDeletingAndTheTableIsGone() {
        dynamo.createTable("abc", null);
        dynamo.call("PutItem", "{'TableName':'abc','Item':{'pk':{'S':'x'}}}");
        JsonNode description = dynamo.call("DeleteTable", "{'TableName':'abc'}").get("TableDescription");
        assertThat(description.get("TableStatus").asText()).isEqualTo("DELETING");
        assertThat(description.get("ItemCount").asLong()).isEqualTo(1);
        dynamo.assertError("DescribeTable", "{'TableName':'abc'}", ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: abc not found");
        dynamo.createTable("abc", null);
        assertThat(dynamo.call("GetItem", "{'TableName':'abc','Key':{'pk':{'S':'x'}}}").has("Item")).isFalse();
    }
}
