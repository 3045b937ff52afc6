package io.stratus.conformance.dynamodb.dataplane;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import org.junit.jupiter.api.Test;

/**
 * Exact error texts of the data plane, sent as raw JSON so that nothing in an SDK rewrites or
 * pre-validates the request. Table: {@code pk} (S) + {@code sk} (N).
 */
@ConformanceTest
class DataPlaneErrorsTest {

    private static final String MIXED = "Can not use both expression and non-expression parameters in the same "
            + "request: ";

    private static String item(String pk, int sk) {
        return "{'pk':{'S':'" + pk + "'},'sk':{'N':'" + sk + "'}}";
    }

    @Test
    void legacyAndExpressionParametersDoNotMix(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();

        dynamo.validation("PutItem", "{'TableName':'" + table + "','Item':" + item("p", 1) + ","
                + "'ConditionExpression':'attribute_exists(pk)','Expected':{'pk':{'Exists':false}}}",
                MIXED + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
        dynamo.validation("UpdateItem", "{'TableName':'" + table + "','Key':" + item("p", 1) + ","
                + "'UpdateExpression':'SET a = :v','AttributeUpdates':{'x':{'Value':{'S':'x'}}},"
                + "'ExpressionAttributeValues':{':v':{'S':'v'}}}",
                MIXED + "Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}");
        dynamo.validation("Query", "{'TableName':'" + table + "','KeyConditionExpression':'pk = :p','QueryFilter':"
                + "{'a':{'ComparisonOperator':'NULL'}},'ExpressionAttributeValues':{':p':{'S':'p'}}}",
                MIXED + "Non-expression parameters: {QueryFilter} Expression parameters: {KeyConditionExpression}");
        dynamo.validation("Scan", "{'TableName':'" + table + "','ScanFilter':{'a':{'ComparisonOperator':'NULL'}},"
                + "'FilterExpression':'a = :a','ExpressionAttributeValues':{':a':{'S':'a'}}}",
                MIXED + "Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}");
        dynamo.validation("GetItem", "{'TableName':'" + table + "','Key':" + item("p", 1) + ",'AttributesToGet':['a'],"
                + "'ProjectionExpression':'a'}",
                MIXED + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void namesAndValuesMustBeDefinedAndUsed(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();
        String put = "{'TableName':'" + table + "','Item':" + item("p", 1) + ",";

        dynamo.validation("PutItem", put + "'ConditionExpression':'attribute_exists(pk)','ExpressionAttributeNames':"
                + "{'#a':'a'}}", "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}");
        dynamo.validation("PutItem", put + "'ConditionExpression':'attribute_exists(pk)','ExpressionAttributeValues':"
                + "{':a':{'S':'a'}}}", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:a}");
        dynamo.validation("PutItem", put + "'ConditionExpression':'a = :b'}", "Invalid ConditionExpression: An "
                + "expression attribute value used in expression is not defined; attribute value: :b");
        dynamo.validation("PutItem", put + "'ConditionExpression':'#x = :b','ExpressionAttributeValues':"
                + "{':b':{'S':'a'}}}", "Invalid ConditionExpression: An expression attribute name used in the "
                + "document path is not defined; attribute name: #x");
    }

    @Test
    void reservedWordsAndSyntaxErrorsAreNamed(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();

        dynamo.validation("UpdateItem", "{'TableName':'" + table + "','Key':" + item("p", 1) + ","
                + "'UpdateExpression':'SET status = :b','ExpressionAttributeValues':{':b':{'S':'a'}}}",
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
        dynamo.validation("PutItem", "{'TableName':'" + table + "','Item':" + item("p", 1) + ","
                + "'ConditionExpression':'a = '}",
                "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
    }

    @Test
    void updatesMayNotOverlapOrTouchTheKey(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();
        String update = "{'TableName':'" + table + "','Key':" + item("p", 1) + ",";

        dynamo.validation("UpdateItem", update + "'UpdateExpression':'SET a = :b, a.c = :b',"
                + "'ExpressionAttributeValues':{':b':{'S':'a'}}}", "Invalid UpdateExpression: Two document paths "
                + "overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, c]");
        dynamo.validation("UpdateItem", update + "'UpdateExpression':'SET sk = :b',"
                + "'ExpressionAttributeValues':{':b':{'N':'2'}}}",
                "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
        dynamo.validation("UpdateItem", update + "'AttributeUpdates':{'pk':{'Value':{'S':'x'}}}}",
                "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
    }

    @Test
    void pagingParametersAreChecked(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String table = tables.hashRangeTable();

        dynamo.validation("Scan", "{'TableName':'" + table + "','Limit':0}", "1 validation error detected: Value '0' "
                + "at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        dynamo.validation("Scan", "{'TableName':'" + table + "','ExclusiveStartKey':{'pk':{'S':'a'}}}",
                "The provided starting key is invalid: The provided key element does not match the schema");
        dynamo.validation("Query", "{'TableName':'" + table + "','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'a'}},'ExclusiveStartKey':" + item("b", 1) + "}",
                "The provided starting key is invalid: The provided starting key is outside query boundaries based on "
                        + "provided conditions");
    }

    @Test
    void batchesAreLimitedAndFreeOfDuplicates(Target target, Tables tables) {
        RawJson dynamo = new RawJson(target);
        String first = tables.hashRangeTable();
        String second = tables.hashRangeTable();
        StringBuilder firstWrites = new StringBuilder();
        StringBuilder secondWrites = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            firstWrites.append(i == 0 ? "" : ",").append("{'PutRequest':{'Item':").append(item("p", i)).append("}}");
            secondWrites.append(i == 0 ? "" : ",").append("{'PutRequest':{'Item':").append(item("p", i)).append("}}");
        }

        dynamo.validation("BatchWriteItem", "{'RequestItems':{'" + first + "':[" + firstWrites + "],'" + second + "':["
                + secondWrites + "]}}", "Too many items requested for the BatchWriteItem call");
        dynamo.validation("BatchWriteItem", "{'RequestItems':{'" + first + "':[{'PutRequest':{'Item':" + item("p", 1)
                + "}},{'DeleteRequest':{'Key':" + item("p", 1) + "}}]}}", "Provided list of item keys contains duplicates");
        dynamo.validation("BatchGetItem", "{'RequestItems':{'" + first + "':{'Keys':[" + item("p", 1) + ","
                + item("p", 1) + "]}}}", "Provided list of item keys contains duplicates");
    }
}
