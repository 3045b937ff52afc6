package io.stratus.conformance.dynamodb.dataplane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The legacy (pre-expression) parameters older clients still send, as raw JSON: Expected,
 * AttributeUpdates (an absent Action means PUT), AttributesToGet, KeyConditions, QueryFilter,
 * ScanFilter and ConditionalOperator. Table: {@code pk} (S) + {@code sk} (N).
 */
@ConformanceTest
class LegacyParametersTest {

    private static String key(String pk, int sk) {
        return "{'pk':{'S':'" + pk + "'},'sk':{'N':'" + sk + "'}}";
    }

    private static List<Integer> sortKeys(JsonNode response) {
        List<Integer> keys = new ArrayList<>();
        response.get("Items").forEach(item -> keys.add(item.get("sk").get("N").asInt()));
        return keys;
    }

    private static String filled(Tables tables, RawJson dynamo) {
        String table = tables.hashRangeTable();
        for (int sk = 1; sk <= 5; sk++) {
            dynamo.ok("PutItem", "{'TableName':'" + table + "','Item':{'pk':{'S':'p'},'sk':{'N':'" + sk + "'},"
                    + "'color':{'S':'" + (sk % 2 == 0 ? "red" : "blue") + "'},'n':{'N':'" + (sk * 10) + "'}}}");
        }
        return table;
    }

    @Test
    void expectedExistsFalseMakesAPutConditional(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();
        String put = "{'TableName':'" + table + "','Item':" + key("p", 1) + ",'Expected':{'pk':{'Exists':false}}}";

        dynamo.ok("PutItem", put);
        dynamo.error("PutItem", put, "ConditionalCheckFailedException", "The conditional request failed");
    }

    @Test
    void expectedComparisonsCombineWithConditionalOperatorOr(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = filled(tables, dynamo);
        String expected = "'Expected':{'color':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'green'}]},"
                + "'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'5'}]}}";

        dynamo.ok("DeleteItem", "{'TableName':'" + table + "','Key':" + key("p", 1) + "," + expected
                + ",'ConditionalOperator':'OR'}");
        dynamo.error("DeleteItem", "{'TableName':'" + table + "','Key':" + key("p", 2) + "," + expected + "}",
                "ConditionalCheckFailedException", "The conditional request failed");
    }

    @Test
    void attributeUpdatesWithoutAnActionPutTheValue(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = filled(tables, dynamo);

        JsonNode updated = dynamo.ok("UpdateItem", "{'TableName':'" + table + "','Key':" + key("p", 1) + ","
                + "'AttributeUpdates':{'color':{'Value':{'S':'green'}},'n':{'Action':'ADD','Value':{'N':'5'}},"
                + "'gone':{'Action':'DELETE'}},'ReturnValues':'UPDATED_NEW'}");

        assertThat(updated.get("Attributes").get("color").get("S").asText()).isEqualTo("green");
        assertThat(updated.get("Attributes").get("n").get("N").asText()).isEqualTo("15");
    }

    @Test
    void attributesToGetSelectsTopLevelAttributes(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = filled(tables, dynamo);

        JsonNode item = dynamo.ok("GetItem", "{'TableName':'" + table + "','Key':" + key("p", 2) + ","
                + "'AttributesToGet':['color','missing']}").get("Item");

        assertThat(item.toString()).isEqualTo("{\"color\":{\"S\":\"red\"}}");
    }

    @Test
    void keyConditionsAndQueryFilterSelectAndFilterAPartition(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = filled(tables, dynamo);

        JsonNode response = dynamo.ok("Query", "{'TableName':'" + table + "','KeyConditions':{"
                + "'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'p'}]},"
                + "'sk':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'2'},{'N':'5'}]}},"
                + "'QueryFilter':{'color':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'red'}]},"
                + "'n':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'50'}]}},'ConditionalOperator':'OR'}");

        assertThat(sortKeys(response)).containsExactly(2, 4, 5);
        assertThat(response.get("ScannedCount").asInt()).isEqualTo(4);
    }

    @Test
    void scanFilterWithAndIsTheDefault(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = filled(tables, dynamo);

        JsonNode response = dynamo.ok("Scan", "{'TableName':'" + table + "','ScanFilter':{"
                + "'color':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'blue'}]},"
                + "'n':{'ComparisonOperator':'LT','AttributeValueList':[{'N':'40'}]}}}");

        assertThat(sortKeys(response)).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void aConditionalOperatorNeedsTwoOrMoreLegacyConditions(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();

        dynamo.validation("Scan", "{'TableName':'" + table + "','ConditionalOperator':'OR'}",
                "ConditionalOperator cannot be used without Filter or Expected");
        dynamo.validation("PutItem", "{'TableName':'" + table + "','Item':" + key("p", 1) + ",'ConditionalOperator':'OR',"
                + "'Expected':{'a':{'Exists':false}}}",
                "ConditionalOperator can only be used when Filter or Expected has two or more elements");
    }
}
