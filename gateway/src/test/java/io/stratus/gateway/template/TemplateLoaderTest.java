package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.template.model.StackIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Template parse(String yaml) {
        return TemplateLoader.parse(yaml, "template.yaml", Map.of());
    }

    static Template parse(String yaml, Map<String, String> overrides) {
        return TemplateLoader.parse(yaml, "template.yaml", overrides);
    }

    private static final String ORDERS = """
            Resources:
              Orders:
                Type: AWS::DynamoDB::Table
                Properties:
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  BillingMode: PAY_PER_REQUEST
            """;

    @Nested
    class ExampleTemplate {

        private final Template template = TemplateLoader.load(Path.of("../examples/template.yaml"), Map.of());

        @Test
        void exampleTemplateLoadsAsTheDefaultStack() {
            assertThat(template.stackName()).isEqualTo("stratus");
            assertThat(template.region()).isEqualTo("us-east-1");
            assertThat(template.tables()).extracting(TableDefinition::logicalId).containsExactly("ItemsTable", "UsersTable");
        }

        @Test
        void exampleItemsTableBecomesTheExpectedCreateTableRequest() throws Exception {
            TableDefinition items = template.tables().get(0);
            assertThat(items.tableName()).isEqualTo("items-dev");
            assertThat(items.createTableRequest()).isEqualTo(JSON.readTree("""
                    {"TableName":"items-dev",
                     "BillingMode":"PAY_PER_REQUEST",
                     "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},
                                             {"AttributeName":"sk","AttributeType":"S"},
                                             {"AttributeName":"status","AttributeType":"S"}],
                     "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                     "GlobalSecondaryIndexes":[{"IndexName":"byStatus",
                        "KeySchema":[{"AttributeName":"status","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                        "Projection":{"ProjectionType":"ALL"}}],
                     "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"},
                     "Tags":[{"Key":"stage","Value":"dev"}]}
                    """));
        }

        @Test
        void exampleUsersTableGetsAGeneratedNameAndTheGlobalEncryption() throws Exception {
            TableDefinition users = template.tables().get(1);
            assertThat(users.tableName()).matches("stratus-UsersTable-[A-Z0-9]{13}");
            assertThat(users.createTableRequest()).isEqualTo(JSON.readTree("""
                    {"TableName":"%s",
                     "AttributeDefinitions":[{"AttributeName":"userId","AttributeType":"S"}],
                     "KeySchema":[{"AttributeName":"userId","KeyType":"HASH"}],
                     "BillingMode":"PAY_PER_REQUEST",
                     "SSESpecification":{"Enabled":true},
                     "Tags":[{"Key":"stage","Value":"dev"}]}
                    """.formatted(users.tableName())));
        }

        @Test
        void exampleOutputsAreResolved() {
            String users = template.tables().get(1).tableName();
            assertThat(template.outputs()).containsExactly(
                    Map.entry("ItemsTableName", "items-dev"),
                    Map.entry("ItemsTableArn", "arn:aws:dynamodb:us-east-1:000000000000:table/items-dev"),
                    Map.entry("ItemsStreamArn", "arn:aws:dynamodb:us-east-1:000000000000:table/items-dev/stream/"
                            + TableDefinition.STREAM_LABEL),
                    Map.entry("UsersTableName", users));
        }

        @Test
        void exampleReportsPointInTimeRecoveryAsNotApplied() {
            assertThat(template.notices()).containsExactly(
                    "Table ItemsTable: PointInTimeRecoverySpecification is not applied yet (Stratus keeps no backups)",
                    "Table ItemsTable: StreamSpecification is recorded (LatestStreamArn, StreamViewType) but no stream records are "
                            + "produced yet (DynamoDB Streams arrive in a later Stratus release)");
        }

        @Test
        void exampleStageOverrideRenamesTheItemsTable() {
            Template prod = TemplateLoader.load(Path.of("../examples/template.yaml"), Map.of("Stage", "prod"));
            assertThat(prod.tables().get(0).tableName()).isEqualTo("items-prod");
        }
    }

    @Nested
    class Files {

        @Test
        void loadingAMissingFileNamesTheFile(@TempDir Path dir) {
            Path missing = dir.resolve("nope.yaml");
            assertThatThrownBy(() -> TemplateLoader.load(missing, Map.of()))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("Template file not found: " + missing.toAbsolutePath().normalize());
        }

        @Test
        void aJsonFileIsRecognisedByItsContentNotItsName(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("template.txt");
            java.nio.file.Files.writeString(file, """
                    {"Resources": {"T": {"Type": "AWS::DynamoDB::Table", "Properties": {
                        "TableName": "t", "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                        "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                        "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": "5"}}}}}
                    """);
            Template template = TemplateLoader.load(file, Map.of());
            ObjectNode request = template.tables().get(0).createTableRequest();
            assertThat(request.get("ProvisionedThroughput").toString())
                    .isEqualTo("{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5}");
        }

        @Test
        void errorsInAFileNameTheFileAndLine(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("broken.yaml");
            java.nio.file.Files.writeString(file, "Resources:\n  A: [1, 2\n");
            assertThatThrownBy(() -> TemplateLoader.load(file, Map.of()))
                    .hasMessageStartingWith("Template format error: YAML not well-formed. (line 3, column 1 of broken.yaml)");
        }
    }

    @Nested
    class Names {

        @Test
        void generatedTableNamesAreStableAcrossLoads() {
            String first = parse(ORDERS).tables().get(0).tableName();
            assertThat(parse(ORDERS).tables().get(0).tableName()).isEqualTo(first);
            assertThat(first).matches("stratus-Orders-[A-Z0-9]{13}");
        }

        @Test
        void generatedTableNamesDependOnTheStackName() {
            Template other = TemplateLoader.parse(ORDERS, "t.yaml", Map.of(),
                    new StackIdentity("shop", "eu-west-1", "000000000000"));
            assertThat(other.tables().get(0).tableName()).matches("shop-Orders-[A-Z0-9]{13}")
                    .isNotEqualTo(parse(ORDERS).tables().get(0).tableName().replace("stratus", "shop"));
            assertThat(other.region()).isEqualTo("eu-west-1");
        }

        @Test
        void refAndGetAttOfATableUseTheStackRegionAndGeneratedName() {
            Template t = TemplateLoader.parse(ORDERS + """
                    Outputs:
                      Name: {Value: !Ref Orders}
                      Arn: {Value: !GetAtt Orders.Arn}
                      Sub: {Value: !Sub "${Orders}|${Orders.Arn}|${AWS::Region}"}
                    """, "t.yaml", Map.of(), new StackIdentity("shop", "eu-west-1", "000000000000"));
            String name = t.tables().get(0).tableName();
            String arn = "arn:aws:dynamodb:eu-west-1:000000000000:table/" + name;
            assertThat(t.outputs()).containsExactly(Map.entry("Name", name), Map.entry("Arn", arn),
                    Map.entry("Sub", name + "|" + arn + "|eu-west-1"));
        }

        @Test
        void aTableNameCanReferToAnotherTable() {
            Template t = parse(ORDERS + """
                      Archive:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          TableName: !Sub "${Orders}-archive"
                          KeySchema: [{AttributeName: id, KeyType: HASH}]
                    """);
            assertThat(t.tables().get(1).tableName()).isEqualTo(t.tables().get(0).tableName() + "-archive");
        }

        @Test
        void tablesNamingEachOtherAreACircularDependency() {
            assertThatThrownBy(() -> parse("""
                    Resources:
                      A:
                        Type: AWS::DynamoDB::Table
                        Properties: {TableName: !Ref B, KeySchema: []}
                      B:
                        Type: AWS::DynamoDB::Table
                        Properties: {TableName: !Ref A, KeySchema: []}
                    """)).hasMessage("Resources.A: Circular dependency between resources: [A, B]");
        }

        @Test
        void getAttOfAnUnknownTableAttributeIsRejected() {
            assertThatThrownBy(() -> parse(ORDERS + "Outputs:\n  X: {Value: !GetAtt Orders.Nope}\n"))
                    .hasMessage("Outputs.X.Value: Template error: resource Orders does not support attribute type Nope "
                            + "in Fn::GetAtt");
        }
    }

    @Nested
    class Conditions {

        private static final String CONDITIONAL = """
                Parameters:
                  Stage: {Type: String, Default: dev}
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Resources:
                  Audit:
                    Type: AWS::DynamoDB::Table
                    Condition: IsProd
                    Properties:
                      TableName: audit
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: !If [IsProd, orders-prod, !Ref AWS::NoValue]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                Outputs:
                  AuditName:
                    Condition: IsProd
                    Value: !Ref Audit
                """;

        @Test
        void aResourceWhoseConditionIsFalseIsSkippedAndReported() {
            Template t = parse(CONDITIONAL);
            assertThat(t.tables()).extracting(TableDefinition::logicalId).containsExactly("Orders");
            assertThat(t.outputs()).isEmpty();
            assertThat(t.notices()).contains("Skipped resources whose condition is false: Audit (IsProd)");
        }

        @Test
        void noValueRemovesTheTableNameSoItIsGenerated() {
            assertThat(parse(CONDITIONAL).tables().get(0).tableName()).startsWith("stratus-Orders-");
        }

        @Test
        void anOverrideThatMakesTheConditionTrueKeepsTheResource() {
            Template t = parse(CONDITIONAL, Map.of("Stage", "prod"));
            assertThat(t.tables()).extracting(TableDefinition::tableName).containsExactly("audit", "orders-prod");
            assertThat(t.outputs()).containsExactly(Map.entry("AuditName", "audit"));
        }

        @Test
        void referringToASkippedResourceIsAnUnresolvedDependency() {
            String yaml = CONDITIONAL.replace("    Condition: IsProd\n    Value: !Ref Audit", "    Value: !Ref Audit");
            assertThatThrownBy(() -> parse(yaml)).hasMessage("Outputs.AuditName.Value: Template format error: "
                    + "Unresolved resource dependencies [Audit] in the Outputs block of the template");
        }

        @Test
        void aResourceConditionThatIsNotDeclaredIsRejected() {
            assertThatThrownBy(() -> parse(ORDERS.replace("Type: AWS::DynamoDB::Table",
                    "Type: AWS::DynamoDB::Table\n    Condition: Missing")))
                    .hasMessage("Resources.Orders.Condition: Template format error: Unresolved condition dependencies "
                            + "[Missing] in the Resources block of the template");
        }

        @Test
        void everyConditionIsEvaluatedEvenWhenUnused() {
            assertThatThrownBy(() -> parse("""
                    Conditions:
                      Broken: !Equals [!FindInMap [Nope, a, b], x]
                    """ + ORDERS))
                    .hasMessage("Conditions.Broken: Template error: Mapping named 'Nope' is not present in the "
                            + "'Mappings' section of template");
        }
    }

    @Nested
    class Notices {

        @Test
        void resourcesStratusDoesNotEmulateAreListedOnce() {
            Template t = parse("""
                    Transform: AWS::Serverless-2016-10-31
                    Resources:
                      Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}
                      Logs: {Type: AWS::Logs::LogGroup}
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B::handle, Runtime: java17, Events: {Get: {Type: Api, Properties: {Path: /, Method: get}}}}
                    Outputs:
                      Api:
                        Value: !Sub "https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod/"
                      RoleArn:
                        Value: !GetAtt HelloRole.Arn
                    """);
            assertThat(t.tables()).isEmpty();
            assertThat(t.notices()).containsExactly(
                    "Function Hello names no CodeUri; its handler is loaded from Stratus's own classpath",
                    "Ignored resources (Stratus does not emulate these types): Role (AWS::IAM::Role), "
                            + "Logs (AWS::Logs::LogGroup)");
            assertThat((String) t.outputs().get("Api")).matches("https://[a-z0-9]{10}\\.execute-api\\.us-east-1\\."
                    + "amazonaws\\.com/Prod/");
            assertThat(t.outputs().get("RoleArn")).asString().matches("arn:aws:iam::000000000000:role/stratus-HelloRole-[A-Z0-9]{13}");
        }

        @Test
        void anOutputThatCannotBeResolvedKeepsAPlaceholderAndSaysSo() {
            Template t = parse("""
                    Resources:
                      Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
                    Outputs:
                      Cidr: {Value: !GetAtt Vpc.CidrBlockAssociations}
                      Shared: {Value: !ImportValue network-SubnetId, Export: {Name: mine}}
                    """);
            assertThat(t.outputs()).containsExactly(
                    Map.entry("Cidr", "<unresolved Fn::GetAtt Vpc.CidrBlockAssociations>"),
                    Map.entry("Shared", "<unresolved Fn::ImportValue network-SubnetId>"));
            assertThat(t.notices()).containsExactly(
                    "Outputs.Cidr.Value: Fn::GetAtt Vpc.CidrBlockAssociations cannot be resolved, because Stratus does "
                            + "not emulate AWS::EC2::VPC; kept as the placeholder "
                            + "<unresolved Fn::GetAtt Vpc.CidrBlockAssociations>",
                    "Outputs.Shared.Value: Fn::ImportValue network-SubnetId cannot be resolved, because Stratus runs a "
                            + "single stack and has no exports; kept as the placeholder "
                            + "<unresolved Fn::ImportValue network-SubnetId>",
                    "Outputs.Shared: export mine is not published, because Stratus runs a single stack",
                    "Ignored resources (Stratus does not emulate these types): Vpc (AWS::EC2::VPC)");
        }

        @Test
        void otherTransformsAreReported() {
            Template t = parse("""
                    Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
                    Globals:
                      Function: {Timeout: 10}
                    """ + ORDERS);
            assertThat(t.notices()).containsExactly(
                    "Transform AWS::LanguageExtensions is not applied; Stratus understands only AWS::Serverless-2016-10-31");
        }
    }

    @Nested
    class Errors {

        @Test
        void aTemplateWithoutResourcesIsRejected() {
            assertThatThrownBy(() -> parse("Description: nothing\n"))
                    .hasMessage("Template format error: At least one Resources member must be defined.");
        }

        @Test
        void aRefToAnUnknownNameIsAnUnresolvedDependencyOfTheResourcesBlock() {
            assertThatThrownBy(() -> parse(ORDERS.replace("BillingMode: PAY_PER_REQUEST", "BillingMode: !Ref Mode")
                    + "  Other: {Type: AWS::SNS::Topic, Properties: {TopicName: !Sub '${Nope}-${Mode}'}}\n"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Orders.Properties.BillingMode: Template format error: Unresolved resource "
                            + "dependencies [Mode, Nope] in the Resources block of the template");
        }

        @Test
        void serverlessTypesWithoutTheTransformAreUnrecognised() {
            assertThatThrownBy(() -> parse("Resources:\n  T: {Type: AWS::Serverless::SimpleTable}\n"))
                    .hasMessage("Resources.T.Type: Template format error: Unrecognized resource types: "
                            + "[AWS::Serverless::SimpleTable] (add Transform: AWS::Serverless-2016-10-31 for SAM "
                            + "resource types)");
        }

        @Test
        void aTableWithoutKeySchemaNamesTheProperties() {
            assertThatThrownBy(() -> parse("Resources:\n  Orders: {Type: AWS::DynamoDB::Table, Properties: {}}\n"))
                    .hasMessage("Resources.Orders.Properties: required key [KeySchema] not found");
        }

        @Test
        void aMissingParameterValueIsRejected() {
            assertThatThrownBy(() -> parse("Parameters:\n  Stage: {Type: String}\n" + ORDERS))
                    .hasMessage("Parameters: Parameters: [Stage] must have values");
        }
    }
}
