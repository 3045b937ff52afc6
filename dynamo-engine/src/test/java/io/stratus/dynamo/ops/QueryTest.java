package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query driven through the engine over a table with a numeric sort key. */
class QueryTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("tbl", "N");
        dynamo.createTable("str", "S");
        for (String sk : List.of("-10", "-1.5", "0", "2", "10", "100")) {
            dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'" + sk + "'},'even':{'BOOL':"
                    + (sk.equals("0") || sk.equals("2") || sk.equals("10") || sk.equals("100") || sk.equals("-10")) + "}}}");
        }
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'other'},'sk':{'N':'1'}}}");
        for (String sk : List.of("a", "ab", "abc", "b", "\u00e9", "B")) {
            dynamo.call("PutItem", "{'TableName':'str','Item':{'pk':{'S':'p'},'sk':{'S':'" + sk + "'}}}");
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private List<String> sortKeys(JsonNode response, String type) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : response.get("Items")) {
            keys.add(item.get("sk").get(type).asText());
        }
        return keys;
    }

    private JsonNode query(String table, String condition, String extra) {
        return dynamo.call("Query", "{'TableName':'" + table + "','KeyConditionExpression':'" + condition + "',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}" + extra + "}");
    }

    @Test
    void queryReturnsThePartitionInNumericSortKeyOrder() {
        JsonNode response = query("tbl", "pk = :p", "}");
        assertThat(sortKeys(response, "N")).containsExactly("-10", "-1.5", "0", "2", "10", "100");
        assertThat(response.get("Count").asInt()).isEqualTo(6);
        assertThat(response.get("ScannedCount").asInt()).isEqualTo(6);
        assertThat(response.has("LastEvaluatedKey")).isFalse();
    }

    @Test
    void scanIndexForwardFalseReversesTheOrder() {
        JsonNode response = query("tbl", "pk = :p", "},'ScanIndexForward':false");
        assertThat(sortKeys(response, "N")).containsExactly("100", "10", "2", "0", "-1.5", "-10");
    }

    @Test
    void sortKeyOperatorsSelectTheirRanges() {
        assertThat(sortKeys(query("tbl", "pk = :p AND sk < :v", ",':v':{'N':'2'}}"), "N")).containsExactly("-10", "-1.5", "0");
        assertThat(sortKeys(query("tbl", "pk = :p AND sk <= :v", ",':v':{'N':'2'}}"), "N")).containsExactly("-10", "-1.5", "0", "2");
        assertThat(sortKeys(query("tbl", "pk = :p AND sk > :v", ",':v':{'N':'2'}}"), "N")).containsExactly("10", "100");
        assertThat(sortKeys(query("tbl", "pk = :p AND sk >= :v", ",':v':{'N':'2'}}"), "N")).containsExactly("2", "10", "100");
        assertThat(sortKeys(query("tbl", "pk = :p AND sk = :v", ",':v':{'N':'2.0'}}"), "N")).containsExactly("2");
        assertThat(sortKeys(query("tbl", "pk = :p AND sk BETWEEN :a AND :b", ",':a':{'N':'-1.5'},':b':{'N':'10'}}"), "N"))
                .containsExactly("-1.5", "0", "2", "10");
    }

    @Test
    void stringSortKeysOrderByUtf8BytesAndSupportBeginsWith() {
        assertThat(sortKeys(query("str", "pk = :p", "}"), "S")).containsExactly("B", "a", "ab", "abc", "b", "\u00e9");
        assertThat(sortKeys(query("str", "pk = :p AND begins_with(sk, :a)", ",':a':{'S':'ab'}}"), "S"))
                .containsExactly("ab", "abc");
        assertThat(sortKeys(query("str", "pk = :p AND begins_with(sk, :a)", ",':a':{'S':'ab'}},'ScanIndexForward':false"), "S"))
                .containsExactly("abc", "ab");
    }

    @Test
    void limitPagesWithLastEvaluatedKeyUntilTheEnd() {
        List<String> all = new ArrayList<>();
        String start = "";
        int pages = 0;
        while (true) {
            JsonNode page = query("tbl", "pk = :p", "},'Limit':4" + start);
            pages++;
            all.addAll(sortKeys(page, "N"));
            if (!page.has("LastEvaluatedKey")) {
                break;
            }
            start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey").toString().replace('"', '\'');
        }
        assertThat(all).containsExactly("-10", "-1.5", "0", "2", "10", "100");
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void aLimitReachedExactlyAtTheEndStillReturnsLastEvaluatedKey() {
        JsonNode page = query("tbl", "pk = :p", "},'Limit':6");
        assertThat(page.get("LastEvaluatedKey").toString()).isEqualTo("{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"100\"}}");
    }

    @Test
    void filterRunsAfterReadingSoCountAndScannedCountDiffer() {
        JsonNode page = query("tbl", "pk = :p", ",':t':{'BOOL':true}},'FilterExpression':'even = :t','Limit':3");
        assertThat(sortKeys(page, "N")).containsExactly("-10", "0");
        assertThat(page.get("Count").asInt()).isEqualTo(2);
        assertThat(page.get("ScannedCount").asInt()).isEqualTo(3);
    }

    @Test
    void selectCountReturnsNoItems() {
        JsonNode page = query("tbl", "pk = :p", "},'Select':'COUNT'");
        assertThat(page.has("Items")).isFalse();
        assertThat(page.get("Count").asInt()).isEqualTo(6);
    }

    @Test
    void projectionExpressionSelectsAttributes() {
        JsonNode page = query("tbl", "pk = :p AND sk = :z", ",':z':{'N':'0'}},'ProjectionExpression':'even'");
        assertThat(page.get("Items").toString()).isEqualTo("[{\"even\":{\"BOOL\":true}}]");
    }

    @Test
    void thePageStopsAtOneMegabyteOfItemsRead() {
        String big = "x".repeat(300 * 1024);
        for (int i = 0; i < 5; i++) {
            dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'big'},'sk':{'N':'" + i + "'},'b':{'S':'" + big + "'}}}");
        }
        JsonNode page = dynamo.call("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'big'}},'Select':'COUNT','ReturnConsumedCapacity':'TOTAL'}");
        assertThat(page.get("ScannedCount").asInt()).isEqualTo(4);
        assertThat(page.get("LastEvaluatedKey").get("sk").get("N").asText()).isEqualTo("3");
        // 4 items of 300 KB + a few bytes: 301 started 4 KB units, halved for an eventually consistent read
        assertThat(page.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(150.5);
    }

    @Test
    void missingKeyConditionIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl'}",
                "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    }

    @Test
    void selectSpecificAttributesNeedsAProjection() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Select':'SPECIFIC_ATTRIBUTES'}",
                "1 validation error detected: Must specify the AttributesToGet or ProjectionExpression when choosing "
                        + "to get SPECIFIC_ATTRIBUTES");
    }

    @Test
    void selectAllProjectedAttributesNeedsAnIndex() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Select':'ALL_PROJECTED_ATTRIBUTES'}",
                "1 validation error detected: ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }

    @Test
    void selectCountWithAProjectionIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'Select':'COUNT','ProjectionExpression':'a'}",
                "1 validation error detected: Cannot specify the ProjectionExpression when choosing to get only the Count");
    }

    @Test
    void aStartKeyOutsideTheSchemaIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'ExclusiveStartKey':{'pk':{'S':'p'}}}",
                "The provided starting key is invalid: The provided key element does not match the schema");
    }

    @Test
    void aStartKeyInAnotherPartitionIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'ExclusiveStartKey':{'pk':{'S':'q'},'sk':{'N':'1'}}}",
                "The provided starting key is invalid: The provided starting key is outside query boundaries based on "
                        + "provided conditions");
    }

    @Test
    void aStartKeyOutsideTheSortKeyConditionIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p AND sk > :v',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'},':v':{'N':'5'}},'ExclusiveStartKey':{'pk':{'S':'p'},'sk':{'N':'1'}}}",
                "The provided starting key does not match the range key predicate");
    }

    @Test
    void keyConditionOnAMissingKeyIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'sk = :v',"
                + "'ExpressionAttributeValues':{':v':{'N':'1'}}}", "Query condition missed key schema element: pk");
    }

    @Test
    void anUnknownIndexIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','IndexName':'nope','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}}}", "The table does not have the specified index: nope");
    }

    @Test
    void mixingKeyConditionsWithKeyConditionExpressionIsRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},"
                + "'KeyConditions':{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]}}}",
                "Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
    }
}
