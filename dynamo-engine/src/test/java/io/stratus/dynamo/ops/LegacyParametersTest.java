package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pre-expression parameters: Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter, AttributesToGet. */
class LegacyParametersTest {

    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("tbl", "N");
        for (int i = 1; i <= 4; i++) {
            dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'" + i + "'},'n':{'N':'" + i * 10
                    + "'},'tags':{'SS':['x','y" + i + "']}}}");
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private JsonNode get(int sk) {
        return dynamo.call("GetItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'" + sk + "'}}}").get("Item");
    }

    @Test
    void expectedExistsFalseGuardsCreation() {
        dynamo.assertError("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'Expected':{'pk':{'Exists':false}}}", ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
        dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'9'}},'Expected':{'pk':{'Exists':false}}}");
        assertThat(get(9)).isNotNull();
    }

    @Test
    void expectedValueAndComparisonOperatorsWithConditionalOperator() {
        dynamo.call("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},'ConditionalOperator':'OR',"
                + "'Expected':{'n':{'Value':{'N':'99'}},'tags':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'x'}]}}}");
        assertThat(get(1)).isNull();
        dynamo.assertError("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'2'}},"
                + "'Expected':{'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'20'}]}}}",
                ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
    }

    @Test
    void expectedExistsWithoutValueIsRejected() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'Expected':{'a':{'Exists':true}}}",
                "One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: a");
    }

    @Test
    void expectedWithTheWrongNumberOfArgumentsIsRejected() {
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'Expected':{'a':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'}]}}}",
                "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator");
    }

    @Test
    void attributeUpdatesWithoutActionPut() {
        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},'AttributeUpdates':{"
                + "'plain':{'Value':{'S':'v'}},'n':{'Action':'ADD','Value':{'N':'5'}},'tags':{'Action':'DELETE','Value':{'SS':['x']}},"
                + "'list':{'Action':'ADD','Value':{'L':[{'S':'a'}]}}}}");
        JsonNode item = get(1);
        assertThat(item.get("plain").get("S").asText()).isEqualTo("v");
        assertThat(item.get("n").get("N").asText()).isEqualTo("15");
        assertThat(item.get("tags").toString()).isEqualTo("{\"SS\":[\"y1\"]}");
        assertThat(item.get("list").toString()).isEqualTo("{\"L\":[{\"S\":\"a\"}]}");
        dynamo.call("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},'AttributeUpdates':{"
                + "'plain':{'Action':'DELETE'}}}");
        assertThat(get(1).has("plain")).isFalse();
    }

    @Test
    void attributeUpdatesCannotTouchTheKey() {
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'AttributeUpdates':{'sk':{'Value':{'N':'2'}}}}",
                "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
    }

    @Test
    void keyConditionsAndQueryFilterAndAttributesToGet() {
        JsonNode page = dynamo.call("Query", "{'TableName':'tbl','KeyConditions':{'pk':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'p'}]},'sk':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'2'}]}},"
                + "'QueryFilter':{'n':{'ComparisonOperator':'NE','AttributeValueList':[{'N':'30'}]}},"
                + "'AttributesToGet':['n']}");
        assertThat(page.get("Items").toString()).isEqualTo("[{\"n\":{\"N\":\"20\"}},{\"n\":{\"N\":\"40\"}}]");
        assertThat(page.get("ScannedCount").asInt()).isEqualTo(3);
    }

    @Test
    void keyConditionsWithAFilterExpressionAreAllowed() {
        JsonNode page = dynamo.call("Query", "{'TableName':'tbl','KeyConditions':{'pk':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'p'}]}},'FilterExpression':'n > :v','ExpressionAttributeValues':{':v':{'N':'25'}}}");
        assertThat(page.get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void keyConditionsWithANonIndexableOperatorAreRejected() {
        dynamo.assertValidation("Query", "{'TableName':'tbl','KeyConditions':{'pk':{'ComparisonOperator':'NE',"
                + "'AttributeValueList':[{'S':'p'}]}}}", "Attempted conditional constraint is not an indexable operation");
    }

    @Test
    void scanFilterSelectsItems() {
        JsonNode page = dynamo.call("Scan", "{'TableName':'tbl','ScanFilter':{'n':{'ComparisonOperator':'BETWEEN',"
                + "'AttributeValueList':[{'N':'15'},{'N':'30'}]}}}");
        assertThat(page.get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void attributesToGetWithProjectionExpressionIsRejected() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','AttributesToGet':['n'],'ProjectionExpression':'n'}",
                "Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void aConditionalOperatorNeedsALegacyConditionMapWithTwoConditions() {
        String without = "ConditionalOperator cannot be used without Filter or Expected";
        String one = "ConditionalOperator can only be used when Filter or Expected has two or more elements";
        dynamo.assertValidation("Scan", "{'TableName':'tbl','ConditionalOperator':'OR'}", without);
        dynamo.assertValidation("Scan", "{'TableName':'tbl','ConditionalOperator':'OR','ScanFilter':{}}", without);
        dynamo.assertValidation("Scan", "{'TableName':'tbl','ConditionalOperator':'AND','ScanFilter':"
                + "{'a':{'ComparisonOperator':'NULL'}}}", one);
        // checked before the missing key condition
        dynamo.assertValidation("Query", "{'TableName':'tbl','ConditionalOperator':'AND'}", without);
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'ConditionalOperator':'AND','Expected':{'a':{'Exists':false}}}", one);
        dynamo.assertValidation("DeleteItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'ConditionalOperator':'AND'}", without);
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'ConditionalOperator':'AND','AttributeUpdates':{'a':{'Value':{'S':'v'}}}}", without);
    }

    @Test
    void aConditionalOperatorIsANonExpressionParameter() {
        dynamo.assertValidation("UpdateItem", "{'TableName':'tbl','Key':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'AttributeUpdates':{'a':{'Value':{'S':'v'},'Action':'PUT'}},'Expected':{'a':{'Exists':false}},"
                + "'ConditionalOperator':'AND','UpdateExpression':'SET a = :v','ConditionExpression':'attribute_exists(pk)',"
                + "'ExpressionAttributeValues':{':v':{'S':'x'}}}", "Can not use both expression and non-expression "
                + "parameters in the same request: Non-expression parameters: {AttributeUpdates, Expected, "
                + "ConditionalOperator} Expression parameters: {UpdateExpression, ConditionExpression}");
        dynamo.assertValidation("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p'},'sk':{'N':'1'}},"
                + "'ConditionalOperator':'AND','ConditionExpression':'attribute_exists(pk)'}", "Can not use both "
                + "expression and non-expression parameters in the same request: Non-expression parameters: "
                + "{ConditionalOperator} Expression parameters: {ConditionExpression}");
    }
}
