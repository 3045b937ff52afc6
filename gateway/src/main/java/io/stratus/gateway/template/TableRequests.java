package io.stratus.gateway.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.template.PropertyShape.ObjectShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the resolved properties of {@code AWS::DynamoDB::Table} and {@code AWS::Serverless::SimpleTable}
 * into DynamoDB CreateTable requests.
 *
 * <p>The table schema follows
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html;
 * settings that CreateTable does not take (TTL, backups, metrics, Kinesis, imports, resource policies)
 * are reported as notices. SimpleTable follows SAM's own translation to a table.
 */
final class TableRequests {

    private static final String TTL = "TTL arrives in a later Stratus release";
    private static final String STREAMS = "DynamoDB Streams arrive in a later Stratus release";
    private static final String NO_METRICS = "Stratus collects no CloudWatch metrics";
    private static final String NO_IAM = "Stratus does not enforce resource policies";

    private static final PropertyShape KEY_SCHEMA = PropertyShape.listOf(PropertyShape.object()
            .member("AttributeName", PropertyShape.TEXT).member("KeyType", PropertyShape.TEXT)
            .required("AttributeName", "KeyType").build());
    private static final PropertyShape PROJECTION = PropertyShape.object()
            .member("NonKeyAttributes", PropertyShape.listOf(PropertyShape.TEXT))
            .member("ProjectionType", PropertyShape.TEXT).build();
    private static final PropertyShape PROVISIONED = PropertyShape.object()
            .member("ReadCapacityUnits", PropertyShape.INTEGER).member("WriteCapacityUnits", PropertyShape.INTEGER)
            .required("ReadCapacityUnits", "WriteCapacityUnits").build();
    private static final PropertyShape ON_DEMAND = PropertyShape.object()
            .member("MaxReadRequestUnits", PropertyShape.INTEGER).member("MaxWriteRequestUnits", PropertyShape.INTEGER)
            .build();
    private static final PropertyShape WARM = PropertyShape.object()
            .member("ReadUnitsPerSecond", PropertyShape.INTEGER).member("WriteUnitsPerSecond", PropertyShape.INTEGER)
            .build();
    private static final PropertyShape TAGS = PropertyShape.listOf(PropertyShape.object()
            .member("Key", PropertyShape.TEXT).member("Value", PropertyShape.TEXT).required("Key", "Value").build());
    private static final PropertyShape SSE = PropertyShape.object()
            .member("SSEEnabled", "Enabled", PropertyShape.BOOLEAN).member("SSEType", PropertyShape.TEXT)
            .member("KMSMasterKeyId", PropertyShape.TEXT).required("SSEEnabled").build();

    /** CloudFormation's AWS::DynamoDB::Table properties and their CreateTable members. */
    private static final ObjectShape TABLE = PropertyShape.object()
            .member("TableName", PropertyShape.TEXT)
            .member("AttributeDefinitions", PropertyShape.listOf(PropertyShape.object()
                    .member("AttributeName", PropertyShape.TEXT).member("AttributeType", PropertyShape.TEXT)
                    .required("AttributeName", "AttributeType").build()))
            .member("KeySchema", KEY_SCHEMA)
            .member("BillingMode", PropertyShape.TEXT)
            .member("ProvisionedThroughput", PROVISIONED)
            .member("OnDemandThroughput", ON_DEMAND)
            .member("WarmThroughput", WARM)
            .member("GlobalSecondaryIndexes", PropertyShape.listOf(PropertyShape.object()
                    .member("IndexName", PropertyShape.TEXT).member("KeySchema", KEY_SCHEMA)
                    .member("Projection", PROJECTION).member("ProvisionedThroughput", PROVISIONED)
                    .member("OnDemandThroughput", ON_DEMAND).member("WarmThroughput", WARM)
                    .notApplied("ContributorInsightsSpecification", NO_METRICS)
                    .required("IndexName", "KeySchema", "Projection").build()))
            .member("LocalSecondaryIndexes", PropertyShape.listOf(PropertyShape.object()
                    .member("IndexName", PropertyShape.TEXT).member("KeySchema", KEY_SCHEMA)
                    .member("Projection", PROJECTION).required("IndexName", "KeySchema", "Projection").build()))
            .member("StreamSpecification", PropertyShape.object()
                    .member("StreamViewType", PropertyShape.TEXT).notApplied("ResourcePolicy", NO_IAM)
                    .required("StreamViewType").build())
            .member("SSESpecification", SSE)
            .member("Tags", TAGS)
            .member("TableClass", PropertyShape.TEXT)
            .member("DeletionProtectionEnabled", PropertyShape.BOOLEAN)
            .notApplied("TimeToLiveSpecification", TTL)
            .notApplied("PointInTimeRecoverySpecification", "Stratus keeps no backups")
            .notApplied("ContributorInsightsSpecification", NO_METRICS)
            .notApplied("KinesisStreamSpecification", "Stratus does not emulate Kinesis Data Streams")
            .notApplied("ImportSourceSpecification", "the table starts empty; Stratus does not import from S3")
            .notApplied("ResourcePolicy", NO_IAM)
            .required("KeySchema")
            .build();

    /** SAM's AWS::Serverless::SimpleTable properties; PrimaryKey is translated by hand. */
    private static final ObjectShape SIMPLE_TABLE = PropertyShape.object()
            .member("TableName", PropertyShape.TEXT)
            .member("ProvisionedThroughput", PROVISIONED)
            .member("SSESpecification", SSE)
            .member("PrimaryKey", PropertyShape.object().member("Name", PropertyShape.TEXT)
                    .member("Type", PropertyShape.TEXT).required("Name", "Type").build())
            .member("Tags", PropertyShape.mapOf(PropertyShape.TEXT))
            .notApplied("PointInTimeRecoverySpecification", "Stratus keeps no backups")
            .build();

    private TableRequests() {
    }

    /** The CreateTable request for an {@code AWS::DynamoDB::Table}. */
    static ObjectNode dynamoDbTable(String logicalId, String tableName, Map<String, Object> properties,
                                    Consumer<String> notices) {
        String path = "Resources." + logicalId + ".Properties";
        ObjectNode converted = TABLE.convert(properties, path, "", notApplied(logicalId, notices));
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("TableName", tableName);
        converted.remove("TableName");
        for (Map.Entry<String, JsonNode> e : converted.properties()) {
            if (e.getKey().equals("StreamSpecification")) {
                // CloudFormation's StreamSpecification has no StreamEnabled: declaring it enables the stream.
                ObjectNode stream = request.putObject("StreamSpecification");
                stream.put("StreamEnabled", true);
                stream.setAll((ObjectNode) e.getValue());
                // The table describes its stream (ARN, view type) but no records flow yet: say so, never drop silently.
                notApplied(logicalId, notices).accept("StreamSpecification is recorded (LatestStreamArn, "
                        + "StreamViewType) but no stream records are produced yet (" + STREAMS + ")");
            } else {
                request.set(e.getKey(), e.getValue());
            }
        }
        return request;
    }

    /**
     * The CreateTable request for an {@code AWS::Serverless::SimpleTable}, with {@code Globals.SimpleTable}
     * merged under the resource's own properties.
     */
    static ObjectNode simpleTable(String logicalId, String tableName, Map<String, Object> properties,
                                  Map<String, Object> globals, Consumer<String> notices) {
        String path = "Resources." + logicalId + ".Properties";
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        merged.putAll(properties);
        for (String name : merged.keySet()) {
            if (!SIMPLE_TABLE.members().containsKey(name)) {
                throw TemplateException.at(path, "Resource with id [" + logicalId + "] is invalid. property " + name
                        + " not defined for resource of type AWS::Serverless::SimpleTable");
            }
        }
        ObjectNode converted = SIMPLE_TABLE.convert(merged, path, "", notApplied(logicalId, notices));
        String keyName = "id";
        String keyType = "S";
        if (converted.has("PrimaryKey")) {
            keyName = converted.get("PrimaryKey").get("Name").asText();
            keyType = attributeType(converted.get("PrimaryKey").get("Type").asText(), path + ".PrimaryKey.Type",
                    logicalId);
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("TableName", tableName);
        request.putArray("AttributeDefinitions").addObject().put("AttributeName", keyName).put("AttributeType", keyType);
        request.putArray("KeySchema").addObject().put("AttributeName", keyName).put("KeyType", "HASH");
        if (converted.has("ProvisionedThroughput")) {
            request.put("BillingMode", "PROVISIONED");
            request.set("ProvisionedThroughput", converted.get("ProvisionedThroughput"));
        } else {
            request.put("BillingMode", "PAY_PER_REQUEST");
        }
        if (converted.has("SSESpecification")) {
            request.set("SSESpecification", converted.get("SSESpecification"));
        }
        // SAM writes tags as a map; CreateTable wants a list of Key/Value pairs.
        if (converted.has("Tags") && !converted.get("Tags").isEmpty()) {
            var list = request.putArray("Tags");
            for (Map.Entry<String, JsonNode> tag : converted.get("Tags").properties()) {
                list.addObject().put("Key", tag.getKey()).put("Value", tag.getValue().asText());
            }
        }
        return request;
    }

    // SAM accepts the DynamoDB type names spelled out; see its SimpleTable PrimaryKeyObject.
    private static String attributeType(String samType, String path, String logicalId) {
        return switch (samType) {
            case "String" -> "S";
            case "Number" -> "N";
            case "Binary" -> "B";
            default -> throw TemplateException.at(path, "Resource with id [" + logicalId + "] is invalid. Property "
                    + "PrimaryKey.Type must be one of String, Number, Binary");
        };
    }

    private static Consumer<String> notApplied(String logicalId, Consumer<String> notices) {
        return text -> notices.accept("Table " + logicalId + ": " + text);
    }
}
