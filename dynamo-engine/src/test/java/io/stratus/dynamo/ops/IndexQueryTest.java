package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.index.IndexedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Query and Scan on secondary indexes, driven through the engine. */
class IndexQueryTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void orders() {
        IndexedTable.create(dynamo);
        IndexedTable.put(dynamo, "o1", "a", "open", 3, "c1", 10);
        IndexedTable.put(dynamo, "o1", "b", "open", 1, "c2", 30);
        // same index key as (o1, b): the entries are ordered by table key
        IndexedTable.put(dynamo, "o1", "c", "open", 1, "c1", 20);
        IndexedTable.put(dynamo, "o2", "a", "closed", 2, "c1", 5);
        // no status: not in byStatus (sparse); no total: not in byTotal
        IndexedTable.put(dynamo, "o2", "b", null, 5, "c3", null);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private JsonNode query(String index, String condition, String values, String extra) {
        return dynamo.call("Query", "{'TableName':'orders','IndexName':'" + index + "','KeyConditionExpression':'"
                + condition + "','ExpressionAttributeValues':{" + values + "}" + extra + "}");
    }

    private static List<String> keys(JsonNode response) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : response.get("Items")) {
            keys.add(item.get("pk").get("S").asText() + "/" + item.get("sk").get("S").asText());
        }
        return keys;
    }

    @Nested
    class GlobalIndexes {

        @Test
        void queryReturnsEntriesInIndexSortKeyThenTableKeyOrder() {
            JsonNode response = query("byStatus", "#s = :s", "':s':{'S':'open'}", ",'ExpressionAttributeNames':{'#s':'status'}");
            assertThat(keys(response)).containsExactly("o1/b", "o1/c", "o1/a");
            assertThat(response.get("Count").asInt()).isEqualTo(3);
            assertThat(response.has("LastEvaluatedKey")).isFalse();
        }

        @Test
        void aKeysOnlyIndexReturnsTheIndexAndTableKeysOnly() {
            JsonNode response = query("byStatus", "#s = :s AND created > :c", "':s':{'S':'open'},':c':{'N':'1'}",
                    ",'ExpressionAttributeNames':{'#s':'status'}");
            assertThat(response.get("Items").toString()).isEqualTo(
                    "[{\"pk\":{\"S\":\"o1\"},\"sk\":{\"S\":\"a\"},\"status\":{\"S\":\"open\"},\"created\":{\"N\":\"3\"}}]");
        }

        @Test
        void lastEvaluatedKeyCarriesTheIndexKeyAndTheTableKey() {
            JsonNode page = query("byStatus", "#s = :s", "':s':{'S':'open'}",
                    ",'ExpressionAttributeNames':{'#s':'status'},'Limit':1");
            assertThat(page.get("LastEvaluatedKey").toString()).isEqualTo("{\"status\":{\"S\":\"open\"},"
                    + "\"created\":{\"N\":\"1\"},\"pk\":{\"S\":\"o1\"},\"sk\":{\"S\":\"b\"}}");
        }

        @Test
        void pagingWithLimitOneVisitsEveryEntryOnceThroughEqualIndexKeys() {
            for (boolean forward : new boolean[] {true, false}) {
                List<String> seen = new ArrayList<>();
                String start = "";
                for (int pages = 0; pages < 10; pages++) {
                    JsonNode page = query("byStatus", "#s = :s", "':s':{'S':'open'}",
                            ",'ExpressionAttributeNames':{'#s':'status'},'Limit':1,'ScanIndexForward':" + forward + start);
                    seen.addAll(keys(page));
                    if (!page.has("LastEvaluatedKey")) {
                        break;
                    }
                    start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey").toString().replace('"', '\'');
                }
                assertThat(seen).containsExactlyElementsOf(forward ? List.of("o1/b", "o1/c", "o1/a")
                        : List.of("o1/a", "o1/c", "o1/b"));
            }
        }

        @Test
        void anAllIndexReturnsWholeItemsAndAcceptsAllAttributes() {
            JsonNode response = query("byCustomer", "customer = :c", "':c':{'S':'c1'}", ",'Select':'ALL_ATTRIBUTES'");
            assertThat(keys(response)).containsExactly("o1/a", "o1/c", "o2/a");
            assertThat(response.get("Items").get(0).get("secret").get("S").asText()).isEqualTo("s-a");
        }

        @Test
        void itemsWithoutTheIndexKeyAreNotInTheIndex() {
            JsonNode response = dynamo.call("Scan", "{'TableName':'orders','IndexName':'byStatus'}");
            assertThat(keys(response)).containsExactly("o2/a", "o1/b", "o1/c", "o1/a");
        }

        @Test
        void writesMoveAndRemoveEntries() {
            dynamo.call("UpdateItem", "{'TableName':'orders','Key':{'pk':{'S':'o1'},'sk':{'S':'a'}},"
                    + "'UpdateExpression':'SET #s = :c','ExpressionAttributeNames':{'#s':'status'},"
                    + "'ExpressionAttributeValues':{':c':{'S':'closed'}}}");
            dynamo.call("DeleteItem", "{'TableName':'orders','Key':{'pk':{'S':'o1'},'sk':{'S':'b'}}}");
            dynamo.call("UpdateItem", "{'TableName':'orders','Key':{'pk':{'S':'o2'},'sk':{'S':'b'}},"
                    + "'UpdateExpression':'SET #s = :o','ExpressionAttributeNames':{'#s':'status'},"
                    + "'ExpressionAttributeValues':{':o':{'S':'open'}}}");
            assertThat(keys(query("byStatus", "#s = :s", "':s':{'S':'open'}", ",'ExpressionAttributeNames':{'#s':'status'}")))
                    .containsExactly("o1/c", "o2/b");
            assertThat(keys(query("byStatus", "#s = :s", "':s':{'S':'closed'}", ",'ExpressionAttributeNames':{'#s':'status'}")))
                    .containsExactly("o2/a", "o1/a");
        }

        @Test
        void aProjectionNamingAttributesTheIndexLacksReturnsWhatItHas() {
            JsonNode response = query("byStatus", "#s = :s", "':s':{'S':'closed'}",
                    ",'ExpressionAttributeNames':{'#s':'status'},'ProjectionExpression':'pk, secret'");
            assertThat(response.get("Items").toString()).isEqualTo("[{\"pk\":{\"S\":\"o2\"}}]");
        }

        @Test
        void parallelScanSegmentsOfAnIndexAreDisjointAndComplete() {
            Set<String> all = new HashSet<>();
            int total = 0;
            for (int segment = 0; segment < 3; segment++) {
                JsonNode page = dynamo.call("Scan", "{'TableName':'orders','IndexName':'byCustomer','TotalSegments':3,"
                        + "'Segment':" + segment + "}");
                all.addAll(keys(page));
                total += page.get("Count").asInt();
            }
            assertThat(total).isEqualTo(5);
            assertThat(all).containsExactlyInAnyOrder("o1/a", "o1/b", "o1/c", "o2/a", "o2/b");
        }

        @Test
        void scanPagesThroughAnIndexWithoutRepeats() {
            List<String> seen = new ArrayList<>();
            String start = "";
            for (int pages = 0; pages < 10; pages++) {
                JsonNode page = dynamo.call("Scan", "{'TableName':'orders','IndexName':'byStatus','Limit':2" + start + "}");
                seen.addAll(keys(page));
                if (!page.has("LastEvaluatedKey")) {
                    break;
                }
                start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey").toString().replace('"', '\'');
            }
            assertThat(seen).containsExactly("o2/a", "o1/b", "o1/c", "o1/a");
        }

        @Test
        void readingAnIndexIsChargedToTheIndex() {
            JsonNode response = query("byStatus", "#s = :s", "':s':{'S':'open'}",
                    ",'ExpressionAttributeNames':{'#s':'status'},'ReturnConsumedCapacity':'INDEXES'");
            assertThat(response.get("ConsumedCapacity").toString()).isEqualTo("{\"TableName\":\"orders\","
                    + "\"CapacityUnits\":0.5,\"ReadCapacityUnits\":0.5,"
                    + "\"Table\":{\"ReadCapacityUnits\":0.0,\"CapacityUnits\":0.0},"
                    + "\"GlobalSecondaryIndexes\":{\"byStatus\":{\"ReadCapacityUnits\":0.5,\"CapacityUnits\":0.5}}}");
        }
    }

    @Nested
    class LocalIndexes {

        @Test
        void queryReturnsTheProjectedAttributesByDefault() {
            JsonNode response = query("byTotal", "pk = :p", "':p':{'S':'o1'}", "");
            assertThat(keys(response)).containsExactly("o1/a", "o1/c", "o1/b");
            assertThat(response.get("Items").get(0).toString()).isEqualTo("{\"pk\":{\"S\":\"o1\"},\"sk\":{\"S\":\"a\"},"
                    + "\"total\":{\"N\":\"10\"},\"note\":{\"S\":\"n-a\"}}");
        }

        @Test
        void allAttributesFetchesWholeItemsFromTheTableAndChargesTheTable() {
            JsonNode response = query("byTotal", "pk = :p AND #t >= :t", "':p':{'S':'o1'},':t':{'N':'20'}",
                    ",'ExpressionAttributeNames':{'#t':'total'},'Select':'ALL_ATTRIBUTES','ConsistentRead':true,"
                            + "'ReturnConsumedCapacity':'INDEXES'");
            assertThat(keys(response)).containsExactly("o1/c", "o1/b");
            assertThat(response.get("Items").get(0).get("secret").get("S").asText()).isEqualTo("s-c");
            assertThat(response.get("ConsumedCapacity").toString()).isEqualTo("{\"TableName\":\"orders\","
                    + "\"CapacityUnits\":3.0,\"ReadCapacityUnits\":3.0,"
                    + "\"Table\":{\"ReadCapacityUnits\":2.0,\"CapacityUnits\":2.0},"
                    + "\"LocalSecondaryIndexes\":{\"byTotal\":{\"ReadCapacityUnits\":1.0,\"CapacityUnits\":1.0}}}");
        }

        @Test
        void aProjectionOfUnprojectedAttributesFetchesThem() {
            JsonNode response = query("byTotal", "pk = :p", "':p':{'S':'o1'}", ",'ProjectionExpression':'secret'");
            assertThat(response.get("Items").toString())
                    .isEqualTo("[{\"secret\":{\"S\":\"s-a\"}},{\"secret\":{\"S\":\"s-c\"}},{\"secret\":{\"S\":\"s-b\"}}]");
        }

        @Test
        void aFilterOnUnprojectedAttributesSeesTheTableItemButReturnsTheProjection() {
            JsonNode response = query("byTotal", "pk = :p", "':p':{'S':'o1'},':c':{'S':'c1'}",
                    ",'FilterExpression':'customer = :c'");
            assertThat(keys(response)).containsExactly("o1/a", "o1/c");
            assertThat(response.get("ScannedCount").asInt()).isEqualTo(3);
            assertThat(response.get("Items").get(0).has("customer")).isFalse();
        }

        @Test
        void strongConsistencySeesEveryAcknowledgedWrite() {
            dynamo.call("UpdateItem", "{'TableName':'orders','Key':{'pk':{'S':'o1'},'sk':{'S':'a'}},"
                    + "'UpdateExpression':'SET #t = :t','ExpressionAttributeNames':{'#t':'total'},"
                    + "'ExpressionAttributeValues':{':t':{'N':'99'}}}");
            JsonNode response = query("byTotal", "pk = :p", "':p':{'S':'o1'}", ",'ConsistentRead':true");
            assertThat(keys(response)).containsExactly("o1/c", "o1/b", "o1/a");
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnknownIndexIsNamed() {
            dynamo.assertValidation("Query", "{'TableName':'orders','IndexName':'nope','KeyConditionExpression':'pk = :p',"
                    + "'ExpressionAttributeValues':{':p':{'S':'p'}}}", "The table does not have the specified index: nope");
            dynamo.assertValidation("Scan", "{'TableName':'orders','IndexName':'nope'}",
                    "The table does not have the specified index: nope");
        }

        @Test
        void anUnknownIndexWithAStartKeyIsAnInvalidStartKey() {
            dynamo.assertValidation("Scan", "{'TableName':'orders','IndexName':'nope',"
                    + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'S':'a'}}}", "The provided starting key is invalid");
        }

        @Test
        void consistentReadsOfAGlobalIndexAreRefused() {
            dynamo.assertValidation("Query", "{'TableName':'orders','IndexName':'byCustomer','ConsistentRead':true,"
                    + "'KeyConditionExpression':'customer = :c','ExpressionAttributeValues':{':c':{'S':'c1'}}}",
                    "Consistent reads are not supported on global secondary indexes");
            dynamo.assertValidation("Scan", "{'TableName':'orders','IndexName':'byCustomer','ConsistentRead':true}",
                    "Consistent reads are not supported on global secondary indexes");
        }

        @Test
        void allAttributesFromAGlobalIndexThatDoesNotProjectAllIsRefused() {
            dynamo.assertValidation("Query", "{'TableName':'orders','IndexName':'byStatus','Select':'ALL_ATTRIBUTES',"
                    + "'KeyConditionExpression':'#s = :s','ExpressionAttributeNames':{'#s':'status'},"
                    + "'ExpressionAttributeValues':{':s':{'S':'open'}}}",
                    "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global "
                            + "secondary index byStatus because its projection type is not ALL");
        }

        @Test
        void theKeyConditionMustUseTheIndexKeySchema() {
            dynamo.assertValidation("Query", "{'TableName':'orders','IndexName':'byStatus','KeyConditionExpression':'pk = :p',"
                    + "'ExpressionAttributeValues':{':p':{'S':'o1'}}}", "Query condition missed key schema element: status");
            dynamo.assertValidation("Query", "{'TableName':'orders','IndexName':'byStatus','KeyConditionExpression':'#s = :s',"
                    + "'ExpressionAttributeNames':{'#s':'status'},'ExpressionAttributeValues':{':s':{'N':'1'}}}",
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }

        @Test
        void anIndexStartKeyMustCarryTheIndexKeyAndTheTableKey() {
            String query = "{'TableName':'orders','IndexName':'byStatus','KeyConditionExpression':'#s = :s',"
                    + "'ExpressionAttributeNames':{'#s':'status'},'ExpressionAttributeValues':{':s':{'S':'open'}},";
            dynamo.assertValidation("Query", query + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'S':'a'}}}",
                    "The provided starting key is invalid");
            dynamo.assertValidation("Query", query + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'status':{'S':'open'},'nope':{'N':'1'}}}", "The provided starting key is invalid");
            dynamo.assertValidation("Query", query + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'status':{'S':'open'},'created':{'S':'1'}}}", "The provided key element does not match the schema");
            dynamo.assertValidation("Query", query + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'N':'1'},"
                    + "'status':{'S':'open'},'created':{'N':'1'}}}",
                    "The provided starting key is invalid: The provided key element does not match the schema");
            dynamo.assertValidation("Query", query + "'ExclusiveStartKey':{'pk':{'S':'o1'},'sk':{'S':'a'},"
                    + "'status':{'S':'closed'},'created':{'N':'1'}}}",
                    "The provided starting key is invalid: The provided starting key is outside query boundaries based "
                            + "on provided conditions");
        }

        @Test
        void aParallelScanStartKeyMustBelongToTheSegment() {
            for (int segment = 0; segment < 2; segment++) {
                JsonNode page = dynamo.call("Scan", "{'TableName':'orders','IndexName':'byCustomer','TotalSegments':2,"
                        + "'Segment':" + segment + ",'Limit':1}");
                if (!page.has("LastEvaluatedKey")) {
                    continue;
                }
                String start = page.get("LastEvaluatedKey").toString().replace('"', '\'');
                dynamo.assertValidation("Scan", "{'TableName':'orders','IndexName':'byCustomer','TotalSegments':2,"
                        + "'Segment':" + (1 - segment) + ",'ExclusiveStartKey':" + start + "}",
                        "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey "
                                + "with correct Segment. TotalSegments: 2 Segment: " + (1 - segment));
                return;
            }
            throw new AssertionError("no segment had a second page");
        }
    }
}
