package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionDefinitionsTest {

    private static final String SAM = "Transform: AWS::Serverless-2016-10-31\n";

    static Template parse(String yaml) {
        return TemplateLoader.parse(yaml, "template.yaml", Map.of());
    }

    static FunctionDefinition only(Template template) {
        assertThat(template.functions()).hasSize(1);
        return template.functions().get(0);
    }

    @Nested
    class SamFunctions {

        @Test
        void samFunctionBecomesADefinitionWithLambdasDefaults() {
            FunctionDefinition f = only(parse(SAM + """
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: example.Hello::handleRequest, Runtime: java21, FunctionName: hello}
                    """));
            assertThat(f).isEqualTo(new FunctionDefinition("Hello", "hello", "example.Hello::handleRequest", "java21",
                    128, 3, Map.of(), null, OptionalInt.empty()));
        }

        @Test
        void unnamedFunctionGetsACloudFormationStyleName() {
            FunctionDefinition f = only(parse(SAM + """
                    Resources:
                      HelloFunction:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B, Runtime: java17}
                    """));
            assertThat(f.functionName()).matches("stratus-HelloFunction-[A-Z0-9]{13}");
        }

        @Test
        void globalsAreMergedAsSamMergesThem() {
            FunctionDefinition f = only(parse(SAM + """
                    Globals:
                      Function:
                        Runtime: java17
                        Timeout: 10
                        MemorySize: 512
                        Environment:
                          Variables: {STAGE: dev, LOG_LEVEL: info}
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: a.B::handle
                          Timeout: 20
                          Environment:
                            Variables: {LOG_LEVEL: debug, EXTRA: "1"}
                    """));
            assertThat(f.runtime()).isEqualTo("java17");
            assertThat(f.timeout()).isEqualTo(20);
            assertThat(f.memorySize()).isEqualTo(512);
            assertThat(f.environment()).containsExactly(
                    Map.entry("STAGE", "dev"), Map.entry("LOG_LEVEL", "debug"), Map.entry("EXTRA", "1"));
        }

        @Test
        void environmentReferencesResolveToTheTablesPhysicalNameAndArn() {
            FunctionDefinition f = only(parse(SAM + """
                    Resources:
                      Orders:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          TableName: orders
                          AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                          KeySchema: [{AttributeName: id, KeyType: HASH}]
                          BillingMode: PAY_PER_REQUEST
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: a.B
                          Runtime: java17
                          ReservedConcurrentExecutions: 2
                          Environment:
                            Variables:
                              TABLE_NAME: !Ref Orders
                              TABLE_ARN: !GetAtt Orders.Arn
                              PORT: 8080
                    """));
            assertThat(f.environment()).containsExactly(Map.entry("TABLE_NAME", "orders"),
                    Map.entry("TABLE_ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/orders"),
                    Map.entry("PORT", "8080"));
            assertThat(f.reservedConcurrency()).hasValue(2);
        }

        @Test
        void codeUriIsResolvedAgainstTheTemplatesDirectory(@TempDir Path dir) throws Exception {
            Path template = dir.resolve("app/template.yaml");
            Files.createDirectories(template.getParent());
            Files.writeString(template, SAM + """
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B, Runtime: java17, CodeUri: hello-function}
                    """);
            FunctionDefinition f = only(TemplateLoader.load(template, Map.of()));
            assertThat(f.codeUri()).isEqualTo(dir.resolve("app/hello-function").toAbsolutePath().normalize());
        }

        @Test
        void s3CodeUriFallsBackToTheHostClasspathWithANotice() {
            Template t = parse(SAM + """
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B, Runtime: java17, CodeUri: {Bucket: artifacts, Key: hello.zip}}
                    """);
            assertThat(only(t).codeUri()).isNull();
            assertThat(t.notices()).containsExactly("Function Hello: code s3://artifacts/hello.zip is in S3, not "
                    + "local; its handler is loaded from Stratus's own classpath");
        }

        @Test
        void apiEventsAndPermissionsAreNoConcernOfTheFunctionButLayersAreReported() {
            Template t = parse(SAM + """
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: a.B
                          Runtime: java17
                          CodeUri: build
                          Architectures: [arm64]
                          Policies: [AWSLambdaBasicExecutionRole]
                          Layers: [arn:aws:lambda:us-east-1:000000000000:layer:x:1]
                          Events:
                            Get: {Type: Api, Properties: {Path: /hello, Method: get}}
                    """);
            assertThat(t.functions()).hasSize(1);
            assertThat(t.notices()).contains("Function Hello: Layers is not applied");
        }

        @Test
        void functionWithAnotherRuntimeIsNotServedAndSaysWhy() {
            Template t = parse(SAM + """
                    Resources:
                      Py:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: app.handler, Runtime: python3.12, CodeUri: src}
                    """);
            assertThat(t.functions()).isEmpty();
            assertThat(t.notices()).containsExactly("Function Py is not served: runtime python3.12 is not a Java "
                    + "runtime Stratus runs (java8.al2, java11, java17, java21, java25)");
        }

        @Test
        void containerImageFunctionIsNotServed() {
            Template t = parse(SAM + """
                    Resources:
                      Img:
                        Type: AWS::Serverless::Function
                        Properties: {PackageType: Image, ImageUri: repo/img:latest}
                    """);
            assertThat(t.functions()).isEmpty();
            assertThat(t.notices()).containsExactly("Function Img is not served: container image functions are not "
                    + "supported; Stratus runs Java zip functions");
        }
    }

    @Nested
    class LambdaFunctions {

        @Test
        void lambdaFunctionIgnoresSamGlobalsAndReportsS3Code() {
            Template t = parse(SAM + """
                    Globals:
                      Function: {Timeout: 30}
                    Resources:
                      Plain:
                        Type: AWS::Lambda::Function
                        Properties:
                          Handler: a.B::handle
                          Runtime: java11
                          MemorySize: "256"
                          Code: {S3Bucket: bucket, S3Key: plain.zip}
                    """);
            FunctionDefinition f = only(t);
            assertThat(f.timeout()).isEqualTo(3);
            assertThat(f.memorySize()).isEqualTo(256);
            assertThat(f.codeUri()).isNull();
            assertThat(t.notices()).containsExactly("Function Plain: code s3://bucket/plain.zip is in S3, not local; "
                    + "its handler is loaded from Stratus's own classpath");
        }

        @Test
        void inlineZipFileCannotHoldJavaCode() {
            Template t = parse("""
                    Resources:
                      Inline:
                        Type: AWS::Lambda::Function
                        Properties: {Handler: index.handler, Runtime: java17, Code: {ZipFile: "exports.handler = 1"}}
                    """);
            assertThat(only(t).codeUri()).isNull();
            assertThat(t.notices()).containsExactly("Function Inline: inline code cannot hold a Java function; its "
                    + "handler is loaded from Stratus's own classpath");
        }
    }

    @Nested
    class Errors {

        @Test
        void missingHandlerNamesTheResource() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Hello: {Type: AWS::Serverless::Function, Properties: {Runtime: java17}}
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Hello.Properties: required key [Handler] not found");
        }

        @Test
        void memoryBelowLambdasMinimumIsRejectedWithLambdasWording() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Hello: {Type: AWS::Serverless::Function, Properties: {Handler: a.B, Runtime: java17, MemorySize: 64}}
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Hello.Properties.MemorySize: 1 validation error detected: Value '64' at "
                            + "'memorySize' failed to satisfy constraint: Member must have value greater than or "
                            + "equal to 128");
        }

        @Test
        void timeoutThatIsNotANumberIsRejected() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Hello: {Type: AWS::Serverless::Function, Properties: {Handler: a.B, Runtime: java17, Timeout: soon}}
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Hello.Properties.Timeout: expected type: Integer, found: String");
        }

        @Test
        void environmentVariableThatIsAMapIsRejectedAtItsPath() {
            assertThatThrownBy(() -> parse(SAM + """
                    Resources:
                      Hello:
                        Type: AWS::Serverless::Function
                        Properties: {Handler: a.B, Runtime: java17, Environment: {Variables: {X: {a: 1}}}}
                    """)).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.Hello.Properties.Environment.Variables.X: expected type: String, found: "
                            + "JSONObject");
        }
    }
}
