package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.index.IndexedTable;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Writes on a table with secondary indexes: index key checks, index capacity, item collection metrics, statistics. */
class IndexWriteTest {

    private static final String KEY = "'Key':{'pk':{'S':'o1'},'sk':{'S':'a'}}";

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void orders() {
        IndexedTable.create(dynamo);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Nested
    class IndexKeyChecks {

        @Test
        void putItemWithAWronglyTypedIndexKeyIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'status':{'N':'1'}}}", "One or more parameter values were invalid: Type mismatch for Index Key "
                    + "status Expected: S Actual: N IndexName: byStatus");
        }

        @Test
        void putItemWithAnEmptyIndexKeyIsRejected() {
            dynamo.assertValidation("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'customer':{'S':''}}}", "One or more parameter values are not valid. A value specified for a "
                    + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an "
                    + "empty string value. IndexName: byCustomer, IndexKey: customer");
        }

        @Test
        void aTypeMismatchIsReportedBeforeAnEmptyValue() {
            dynamo.assertValidation("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'customer':{'S':''},'total':{'S':'x'}}}", "One or more parameter values were invalid: Type "
                    + "mismatch for Index Key total Expected: N Actual: S IndexName: byTotal");
        }

        @Test
        void updateItemProducingAWronglyTypedIndexKeyIsRejectedAndChangesNothing() {
            dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},'created':{'N':'1'}}}");
            dynamo.assertValidation("UpdateItem", "{'TableName':'orders'," + KEY + ",'UpdateExpression':'SET created = "
                    + "created + :one, #s = :one','ExpressionAttributeNames':{'#s':'status'},"
                    + "'ExpressionAttributeValues':{':one':{'N':'1'}}}", "One or more parameter values were invalid: "
                    + "Type mismatch for Index Key status Expected: S Actual: N IndexName: byStatus");
            assertThat(dynamo.call("GetItem", "{'TableName':'orders'," + KEY + "}").get("Item").get("created").toString())
                    .isEqualTo("{\"N\":\"1\"}");
        }

        @Test
        void updateItemSettingAnIndexKeyToAnEmptyStringIsRejected() {
            dynamo.assertValidation("UpdateItem", "{'TableName':'orders'," + KEY + ",'UpdateExpression':'SET customer = :e',"
                    + "'ExpressionAttributeValues':{':e':{'S':''}}}", "One or more parameter values are not valid. The "
                    + "update expression attempted to update a secondary index key to a value that is not supported. "
                    + "The AttributeValue for a key attribute cannot contain an empty string value.");
        }

        @Test
        void batchWriteItemChecksIndexKeysBeforeWritingAnything() {
            dynamo.assertValidation("BatchWriteItem", "{'RequestItems':{'orders':["
                    + "{'PutRequest':{'Item':{'pk':{'S':'o1'},'sk':{'S':'a'}}}},"
                    + "{'PutRequest':{'Item':{'pk':{'S':'o1'},'sk':{'S':'b'},'created':{'S':'x'}}}}]}}",
                    "One or more parameter values were invalid: Type mismatch for Index Key created Expected: N Actual: S "
                            + "IndexName: byStatus");
            assertThat(dynamo.call("Scan", "{'TableName':'orders'}").get("Count").asInt()).isZero();
        }
    }

    @Nested
    class Capacity {

        /** {@code parameters}: the request's ExpressionAttributeNames/Values members. */
        private JsonNode update(String expression, String parameters) {
            return dynamo.call("UpdateItem", "{'TableName':'orders'," + KEY + ",'UpdateExpression':'" + expression + "',"
                    + parameters + ",'ReturnConsumedCapacity':'INDEXES'}").get("ConsumedCapacity");
        }

        @BeforeEach
        void order() {
            JsonNode put = dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'status':{'S':'open'},'created':{'N':'1'},'customer':{'S':'c1'},'total':{'N':'5'}},"
                    + "'ReturnConsumedCapacity':'INDEXES'}");
            assertThat(put.get("ConsumedCapacity").toString()).isEqualTo("{\"TableName\":\"orders\","
                    + "\"CapacityUnits\":4.0,\"WriteCapacityUnits\":4.0,"
                    + "\"Table\":{\"WriteCapacityUnits\":1.0,\"CapacityUnits\":1.0},"
                    + "\"LocalSecondaryIndexes\":{\"byTotal\":{\"WriteCapacityUnits\":1.0,\"CapacityUnits\":1.0}},"
                    + "\"GlobalSecondaryIndexes\":{\"byStatus\":{\"WriteCapacityUnits\":1.0,\"CapacityUnits\":1.0},"
                    + "\"byCustomer\":{\"WriteCapacityUnits\":1.0,\"CapacityUnits\":1.0}}}");
        }

        @Test
        void changingAProjectedAttributeCostsOneWritePerIndexHoldingIt() {
            JsonNode capacity = update("SET note = :n", "'ExpressionAttributeValues':{':n':{'S':'x'}}");
            assertThat(capacity.get("CapacityUnits").asDouble()).isEqualTo(3.0);
            assertThat(capacity.get("GlobalSecondaryIndexes").has("byStatus")).isFalse();
            assertThat(capacity.get("GlobalSecondaryIndexes").has("byCustomer")).isTrue();
            assertThat(capacity.get("LocalSecondaryIndexes").has("byTotal")).isTrue();
        }

        @Test
        void changingAnUnprojectedAttributeCostsOnlyTheIndexesProjectingAll() {
            JsonNode capacity = update("SET secret = :n", "'ExpressionAttributeValues':{':n':{'S':'x'}}");
            assertThat(capacity.get("CapacityUnits").asDouble()).isEqualTo(2.0);
            assertThat(capacity.has("LocalSecondaryIndexes")).isFalse();
        }

        @Test
        void changingAnIndexKeyCostsADeleteAndAPut() {
            JsonNode capacity = update("SET #s = :c",
                    "'ExpressionAttributeNames':{'#s':'status'},'ExpressionAttributeValues':{':c':{'S':'closed'}}");
            assertThat(capacity.get("GlobalSecondaryIndexes").get("byStatus").get("CapacityUnits").asDouble())
                    .isEqualTo(2.0);
            assertThat(capacity.get("CapacityUnits").asDouble()).isEqualTo(4.0);
        }

        @Test
        void removingAnIndexKeyCostsOneDelete() {
            JsonNode capacity = update("REMOVE #s", "'ExpressionAttributeNames':{'#s':'status'}");
            assertThat(capacity.get("GlobalSecondaryIndexes").get("byStatus").get("CapacityUnits").asDouble())
                    .isEqualTo(1.0);
        }

        @Test
        void totalCountsTheIndexesToo() {
            JsonNode delete = dynamo.call("DeleteItem", "{'TableName':'orders'," + KEY + ",'ReturnConsumedCapacity':'TOTAL'}");
            assertThat(delete.get("ConsumedCapacity").toString())
                    .isEqualTo("{\"TableName\":\"orders\",\"CapacityUnits\":4.0}");
        }
    }

    @Nested
    class ItemCollectionMetrics {

        @Test
        void writesOnATableWithLocalIndexesReturnTheCollectionSizeEstimate() {
            JsonNode put = dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'total':{'N':'1'}},'ReturnItemCollectionMetrics':'SIZE'}");
            assertThat(put.get("ItemCollectionMetrics").toString()).isEqualTo(
                    "{\"ItemCollectionKey\":{\"pk\":{\"S\":\"o1\"}},\"SizeEstimateRangeGB\":[0.0,1.0]}");
            JsonNode batch = dynamo.call("BatchWriteItem", "{'RequestItems':{'orders':[{'DeleteRequest':{'Key':"
                    + "{'pk':{'S':'o1'},'sk':{'S':'a'}}}}]},'ReturnItemCollectionMetrics':'SIZE'}");
            assertThat(batch.get("ItemCollectionMetrics").get("orders").get(0).get("ItemCollectionKey").toString())
                    .isEqualTo("{\"pk\":{\"S\":\"o1\"}}");
        }

        @Test
        void tablesWithoutLocalIndexesReturnNone() {
            dynamo.createTable("plain", "S");
            JsonNode put = dynamo.call("PutItem", "{'TableName':'plain','Item':{'pk':{'S':'o1'},'sk':{'S':'a'}},"
                    + "'ReturnItemCollectionMetrics':'SIZE'}");
            assertThat(put.has("ItemCollectionMetrics")).isFalse();
            JsonNode none = dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'a'}}}");
            assertThat(none.has("ItemCollectionMetrics")).isFalse();
        }
    }

    @Test
    void describeTableReportsLiveIndexStatistics() {
        IndexedTable.put(dynamo, "o1", "a", "open", 1, "c1", null);
        IndexedTable.put(dynamo, "o1", "b", null, null, "c1", null);
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'orders'}").get("Table");
        JsonNode byStatus = table.get("GlobalSecondaryIndexes").get(0);
        assertThat(byStatus.get("ItemCount").asLong()).isEqualTo(1);
        Map<String, AttributeValue> entry = new LinkedHashMap<>();
        entry.put("pk", new AttributeValue.S("o1"));
        entry.put("sk", new AttributeValue.S("a"));
        entry.put("status", new AttributeValue.S("open"));
        entry.put("created", new AttributeValue.N("1"));
        assertThat(byStatus.get("IndexSizeBytes").asLong()).isEqualTo(ItemSize.of(entry));
        JsonNode byCustomer = table.get("GlobalSecondaryIndexes").get(1);
        assertThat(byCustomer.get("ItemCount").asLong()).isEqualTo(2);
        assertThat(byCustomer.get("IndexSizeBytes").asLong()).isEqualTo(table.get("TableSizeBytes").asLong());
        assertThat(table.get("LocalSecondaryIndexes").get(0).get("ItemCount").asLong()).isZero();
    }

    @Test
    void anIndexPageIsLimitedByTheProjectedSizeNotTheItemSize() {
        String blob = "x".repeat(300 * 1024);
        for (int i = 0; i < 5; i++) {
            dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'o1'},'sk':{'S':'" + i + "'},"
                    + "'status':{'S':'open'},'created':{'N':'" + i + "'},'blob':{'S':'" + blob + "'}}}");
        }
        JsonNode table = dynamo.call("Query", "{'TableName':'orders','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'o1'}},'Select':'COUNT'}");
        assertThat(table.get("ScannedCount").asInt()).isEqualTo(4);
        assertThat(table.has("LastEvaluatedKey")).isTrue();
        JsonNode index = dynamo.call("Query", "{'TableName':'orders','IndexName':'byStatus','KeyConditionExpression':"
                + "'#s = :s','ExpressionAttributeNames':{'#s':'status'},'ExpressionAttributeValues':{':s':{'S':'open'}},"
                + "'Select':'COUNT'}");
        assertThat(index.get("ScannedCount").asInt()).isEqualTo(5);
        assertThat(index.has("LastEvaluatedKey")).isFalse();
    }
}
