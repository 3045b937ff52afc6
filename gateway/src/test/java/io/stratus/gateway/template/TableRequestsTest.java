package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TableRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Template parse(String yaml) {
        return TemplateLoader.parse(yaml, "template.yaml", Map.of());
    }

    @Nested
    class DynamoDbTable {

        @Test
        void everyCreateTableSettingIsCarriedOverWithNumbersAndBooleansCoerced() throws Exception {
            Template t = parse("""
                    Parameters:
                      Rcu: {Type: Number, Default: 7}
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        DeletionPolicy: Retain
                        Properties:
                          TableName: orders
                          AttributeDefinitions:
                            - {AttributeName: pk, AttributeType: S}
                            - {AttributeName: n, AttributeType: N}
                          KeySchema: [{AttributeName: pk, KeyType: HASH}]
                          BillingMode: PROVISIONED
                          ProvisionedThroughput: {ReadCapacityUnits: !Ref Rcu, WriteCapacityUnits: "3"}
                          LocalSecondaryIndexes:
                            - IndexName: byN
                              KeySchema: [{AttributeName: pk, KeyType: HASH}, {AttributeName: n, KeyType: RANGE}]
                              Projection: {ProjectionType: INCLUDE, NonKeyAttributes: [a, b]}
                          GlobalSecondaryIndexes:
                            - IndexName: byNumber
                              KeySchema: [{AttributeName: n, KeyType: HASH}]
                              Projection: {ProjectionType: KEYS_ONLY}
                              ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}
                          StreamSpecification: {StreamViewType: KEYS_ONLY}
                          SSESpecification: {SSEEnabled: "true", SSEType: KMS, KMSMasterKeyId: alias/key}
                          TableClass: STANDARD_INFREQUENT_ACCESS
                          DeletionProtectionEnabled: "false"
                          Tags: [{Key: team, Value: 42}]
                    """);
            assertThat(t.tables().get(0).createTableRequest()).isEqualTo(JSON.readTree("""
                    {"TableName":"orders",
                     "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"n","AttributeType":"N"}],
                     "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                     "BillingMode":"PROVISIONED",
                     "ProvisionedThroughput":{"ReadCapacityUnits":7,"WriteCapacityUnits":3},
                     "LocalSecondaryIndexes":[{"IndexName":"byN",
                        "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"n","KeyType":"RANGE"}],
                        "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["a","b"]}}],
                     "GlobalSecondaryIndexes":[{"IndexName":"byNumber","KeySchema":[{"AttributeName":"n","KeyType":"HASH"}],
                        "Projection":{"ProjectionType":"KEYS_ONLY"},
                        "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}],
                     "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"},
                     "SSESpecification":{"Enabled":true,"SSEType":"KMS","KMSMasterKeyId":"alias/key"},
                     "TableClass":"STANDARD_INFREQUENT_ACCESS",
                     "DeletionProtectionEnabled":false,
                     "Tags":[{"Key":"team","Value":"42"}]}
                    """));
            assertThat(t.notices()).containsExactly(
                    "Table Orders: StreamSpecification is recorded (LatestStreamArn, StreamViewType) but no stream records are "
                            + "produced yet (DynamoDB Streams arrive in a later Stratus release)");
        }

        @Test
        void settingsCreateTableDoesNotTakeAreEachReported() {
            Template t = parse("""
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          KeySchema: [{AttributeName: pk, KeyType: HASH}]
                          TimeToLiveSpecification: {AttributeName: ttl, Enabled: true}
                          PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
                          ContributorInsightsSpecification: {Enabled: true}
                          KinesisStreamSpecification: {StreamArn: arn}
                          ImportSourceSpecification: {InputFormat: CSV}
                          ResourcePolicy: {PolicyDocument: {}}
                          StreamSpecification:
                            StreamViewType: NEW_IMAGE
                            ResourcePolicy: {PolicyDocument: {}}
                          GlobalSecondaryIndexes:
                            - IndexName: g
                              KeySchema: [{AttributeName: pk, KeyType: HASH}]
                              Projection: {ProjectionType: ALL}
                              ContributorInsightsSpecification: {Enabled: true}
                    """);
            assertThat(t.notices()).containsExactly(
                    "Table Orders: TimeToLiveSpecification is not applied yet (TTL arrives in a later Stratus release)",
                    "Table Orders: PointInTimeRecoverySpecification is not applied yet (Stratus keeps no backups)",
                    "Table Orders: ContributorInsightsSpecification is not applied yet (Stratus collects no CloudWatch "
                            + "metrics)",
                    "Table Orders: KinesisStreamSpecification is not applied yet (Stratus does not emulate Kinesis Data "
                            + "Streams)",
                    "Table Orders: ImportSourceSpecification is not applied yet (the table starts empty; Stratus does "
                            + "not import from S3)",
                    "Table Orders: ResourcePolicy is not applied yet (Stratus does not enforce resource policies)",
                    "Table Orders: StreamSpecification.ResourcePolicy is not applied yet (Stratus does not enforce "
                            + "resource policies)",
                    "Table Orders: GlobalSecondaryIndexes[0].ContributorInsightsSpecification is not applied yet "
                            + "(Stratus collects no CloudWatch metrics)",
                    "Table Orders: StreamSpecification is recorded (LatestStreamArn, StreamViewType) but no stream records are "
                            + "produced yet (DynamoDB Streams arrive in a later Stratus release)");
            assertThat(t.tables().get(0).createTableRequest().fieldNames()).toIterable()
                    .containsExactly("TableName", "KeySchema", "StreamSpecification", "GlobalSecondaryIndexes");
        }

        @Test
        void anUnsupportedPropertyIsRejectedWithItsPath() {
            assertThatThrownBy(() -> parse("""
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          KeySchema: [{AttributeName: pk, KeyType: HASH, Extra: 1}]
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Orders.Properties.KeySchema[0]: Encountered unsupported property Extra");
        }

        @Test
        void aWronglyTypedPropertyIsRejectedWithItsPath() {
            assertThatThrownBy(() -> parse("""
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          KeySchema: {AttributeName: pk, KeyType: HASH}
                    """)).hasMessage("Resources.Orders.Properties.KeySchema: expected type: JSONArray, found: JSONObject");
            assertThatThrownBy(() -> parse("""
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          KeySchema: [{AttributeName: pk, KeyType: HASH}]
                          ProvisionedThroughput: {ReadCapacityUnits: lots, WriteCapacityUnits: 1}
                    """)).hasMessage("Resources.Orders.Properties.ProvisionedThroughput.ReadCapacityUnits: expected type: "
                    + "Integer, found: String");
        }

        @Test
        void theRequestCannotBeChangedThroughTheDefinition() {
            TableDefinition table = parse("""
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties: {TableName: t, KeySchema: [{AttributeName: pk, KeyType: HASH}]}
                    """).tables().get(0);
            table.createTableRequest().put("TableName", "changed");
            assertThat(table.createTableRequest().get("TableName").asText()).isEqualTo("t");
        }
    }

    @Nested
    class SimpleTable {

        private static final String SAM = "Transform: AWS::Serverless-2016-10-31\n";

        @Test
        void aBareSimpleTableHasAStringIdKeyAndPaysPerRequest() throws Exception {
            TableDefinition t = parse(SAM + "Resources:\n  Users: {Type: AWS::Serverless::SimpleTable}\n").tables().get(0);
            assertThat(t.createTableRequest()).isEqualTo(JSON.readTree("""
                    {"TableName":"%s","AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                     "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"}
                    """.formatted(t.tableName())));
        }

        @Test
        void provisionedThroughputPrimaryKeyTagsAndNameAreTranslated() throws Exception {
            TableDefinition t = parse(SAM + """
                    Resources:
                      Users:
                        Type: AWS::Serverless::SimpleTable
                        Properties:
                          TableName: users
                          PrimaryKey: {Name: n, Type: Number}
                          ProvisionedThroughput: {ReadCapacityUnits: 2, WriteCapacityUnits: 4}
                          Tags: {team: core, tier: 1}
                    """).tables().get(0);
            assertThat(t.createTableRequest()).isEqualTo(JSON.readTree("""
                    {"TableName":"users","AttributeDefinitions":[{"AttributeName":"n","AttributeType":"N"}],
                     "KeySchema":[{"AttributeName":"n","KeyType":"HASH"}],"BillingMode":"PROVISIONED",
                     "ProvisionedThroughput":{"ReadCapacityUnits":2,"WriteCapacityUnits":4},
                     "Tags":[{"Key":"team","Value":"core"},{"Key":"tier","Value":"1"}]}
                    """));
        }

        @Test
        void theResourcesOwnEncryptionOverridesTheGlobalOne() {
            TableDefinition t = parse(SAM + """
                    Globals:
                      SimpleTable:
                        SSESpecification: {SSEEnabled: true}
                    Resources:
                      Users:
                        Type: AWS::Serverless::SimpleTable
                        Properties:
                          SSESpecification: {SSEEnabled: false}
                    """).tables().get(0);
            assertThat(t.createTableRequest().get("SSESpecification").toString()).isEqualTo("{\"Enabled\":false}");
        }

        @Test
        void anUnknownPrimaryKeyTypeIsRejected() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Users:
                        Type: AWS::Serverless::SimpleTable
                        Properties: {PrimaryKey: {Name: id, Type: S}}
                    """)).hasMessage("Resources.Users.Properties.PrimaryKey.Type: Resource with id [Users] is invalid. "
                    + "Property PrimaryKey.Type must be one of String, Number, Binary");
        }

        @Test
        void anUnknownPropertyIsRejectedInSamsWords() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Users:
                        Type: AWS::Serverless::SimpleTable
                        Properties: {BillingMode: PROVISIONED}
                    """)).hasMessage("Resources.Users.Properties: Resource with id [Users] is invalid. property "
                    + "BillingMode not defined for resource of type AWS::Serverless::SimpleTable");
        }
    }
}
