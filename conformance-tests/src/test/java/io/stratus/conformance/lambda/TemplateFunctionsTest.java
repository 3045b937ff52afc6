package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.conformance.target.SdkClients;
import io.stratus.server.StratusServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Stratus started on a SAM template whose functions are built here from handler sources, one per kind of
 * {@code CodeUri}: a jar, a zip with {@code lib/}, a {@code .aws-sam/build/<LogicalId>} directory and a Maven
 * project (whose one dependency Maven resolves, offline). Each is invoked through {@code LambdaClient}; the
 * handlers report the variables and Context Lambda gives them.
 */
class TemplateFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = SdkClients.REGION.id();
    private static final String TRACE_ID = "Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0";

    @TempDir
    static Path work;

    private static StratusServer server;
    private static LambdaClient lambda;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void buildTheCodeAndStartStratus() throws IOException {
        Path template = CodeBuild.copyResource("/lambda/template/template.yaml", work.resolve("template.yaml"));

        // (a) a jar holding the handler and its helper class
        Path jarClasses = CodeBuild.compile(work.resolve("classes-jar"), List.of(), "report", "helper-jar");
        Files.writeString(jarClasses.resolve("templated/greeting.txt"), "packaged with the handler");
        CodeBuild.pack(jarClasses, List.of(), work.resolve("build/jar-function.jar"));

        // (b) a zip with the handler at the top and the AWS SDK under lib/
        List<Path> sdk = CodeBuild.dynamoDbSdkJars();
        Path zipClasses = CodeBuild.compile(work.resolve("classes-zip"), sdk, "writer");
        CodeBuild.pack(zipClasses, sdk, work.resolve("build/zip-function.zip"));

        // (c) what sam build leaves: classes at the root of the function's directory, libraries in lib/
        Path samBuild = work.resolve(".aws-sam/build/SamBuildFunction");
        Path helperClasses = CodeBuild.compile(work.resolve("classes-helper"), List.of(), "helper-lib");
        Path helperJar = CodeBuild.pack(helperClasses, List.of(), samBuild.resolve("lib/helper.jar"));
        CodeBuild.compile(samBuild, List.of(helperJar), "report");

        // (d) a Maven project, compiled; `.mvn/maven.config` keeps Maven offline, the dependency is in ~/.m2
        Path maven = work.resolve("maven-function");
        CodeBuild.copyResource("/lambda/template/sources/maven-pom.xml", maven.resolve("pom.xml"));
        Files.createDirectories(maven.resolve(".mvn"));
        Files.writeString(maven.resolve(".mvn/maven.config"), "-o\n", StandardCharsets.UTF_8);
        CodeBuild.compile(maven.resolve("target/classes"),
                List.of(CodeBuild.jarOf(org.slf4j.helpers.MessageFormatter.class)), "report", "helper-maven");

        server = StratusServer.builder().host("127.0.0.1").port(0).region(REGION).template(template).start();
        lambda = LambdaTarget.client(server.endpoint());
        dynamo = SdkClients.sync(server.endpoint());
    }

    @AfterAll
    static void stop() {
        if (lambda != null) {
            lambda.close();
            dynamo.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static InvokeResponse invokeRaw(String function, String payload) {
        InvokeResponse response = lambda.invoke(r -> r.functionName(function)
                .payload(SdkBytes.fromUtf8String(payload)));
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        return response;
    }

    private static JsonNode invoke(String function, String payload) {
        return json(invokeRaw(function, payload));
    }

    private static JsonNode json(InvokeResponse response) {
        try {
            return JSON.readTree(response.payload().asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tableNamed(String logicalId) {
        return dynamo.listTables().tableNames().stream().filter(name -> name.contains("-" + logicalId + "-"))
                .findFirst().orElseThrow(() -> new AssertionError("no table for " + logicalId));
    }

    @Nested
    class JarCodeUri {
        @Test
        void theHandlerSeesTheVariablesLambdaDefinesWithGlobalsAndItsOwnMerged() {
            JsonNode environment = invoke("template-jar", "{}").get("environment");

            assertThat(JSON.convertValue(environment, Map.class))
                    .containsEntry("AWS_REGION", REGION)
                    .containsEntry("AWS_DEFAULT_REGION", REGION)
                    .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "template-jar")
                    .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
                    .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                    .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/template-jar")
                    .containsEntry("_HANDLER", "templated.EnvReport::handleRequest")
                    .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java17")
                    .containsEntry("TZ", ":UTC")
                    .containsEntry("STAGE", "conformance")
                    .containsEntry("SHARED", "from-function")
                    .containsEntry("KIND", "jar")
                    .containsEntry("TABLE_NAME", tableNamed("UsersTable"));
            assertThat(environment.get("AWS_LAMBDA_LOG_STREAM_NAME").asText())
                    .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        }

        @Test
        void theTaskRootHoldsThePackagedFilesNotTheJarItself() {
            JsonNode report = invoke("template-jar", "{}");

            assertThat(report.get("taskRootHoldsPackagedFiles").asBoolean()).isTrue();
            assertThat(report.get("environment").get("LAMBDA_TASK_ROOT").asText())
                    .isNotEqualTo(work.resolve("build/jar-function.jar").toString());
            assertThat(report.get("helper").asText()).isEqualTo("packed with the handler");
        }

        @Test
        void theContextNamesTheFunctionItsMemoryItsArnAndTheTimeLeft() {
            InvokeResponse response = invokeRaw("template-jar", "{}");
            JsonNode report = json(response);

            assertThat(report.get("functionName").asText()).isEqualTo("template-jar");
            assertThat(report.get("functionVersion").asText()).isEqualTo("$LATEST");
            assertThat(report.get("memoryLimitInMB").asInt()).isEqualTo(256);
            assertThat(report.get("invokedFunctionArn").asText())
                    .isEqualTo("arn:aws:lambda:" + REGION + ":" + StratusServer.ACCOUNT_ID + ":function:template-jar");
            assertThat(report.get("logGroupName").asText()).isEqualTo("/aws/lambda/template-jar");
            assertThat(report.get("remainingTimeInMillis").asInt()).isPositive().isLessThan(20_000);
            assertThat(report.get("awsRequestId").asText()).isEqualTo(response.responseMetadata().requestId());
        }

        @Test
        void eachInvocationHasItsOwnTraceIdAndRequestIdInTheSameWarmEnvironment() {
            JsonNode first = invoke("template-jar", "{}");
            JsonNode second = invoke("template-jar", "{}");

            String firstTrace = first.get("environment").get("_X_AMZN_TRACE_ID").asText();
            String secondTrace = second.get("environment").get("_X_AMZN_TRACE_ID").asText();
            assertThat(firstTrace).matches(TRACE_ID);
            assertThat(secondTrace).matches(TRACE_ID).isNotEqualTo(firstTrace);
            assertThat(second.get("awsRequestId").asText()).isNotEqualTo(first.get("awsRequestId").asText());
            assertThat(second.get("logStreamName").asText()).isEqualTo(first.get("logStreamName").asText());
        }
    }

    @Nested
    class ZipCodeUri {
        @Test
        void theHandlerWritesWithTheSdkFromLibToTheTableItsRefNames() {
            JsonNode written = invoke("template-zip", "{\"id\":\"order-1\"}");

            String table = tableNamed("OrdersTable");
            assertThat(written.get("table").asText()).isEqualTo(table);
            assertThat(written.get("sdkFrom").asText()).contains("/lib/dynamodb-").doesNotContain("/.m2/");
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                    .key(Map.of("id", AttributeValue.fromS("order-1")))).item();
            assertThat(item).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "id", AttributeValue.fromS("order-1"),
                    "writtenBy", AttributeValue.fromS("template-zip")));
        }

        @Test
        void itsOwnMemoryAndTimeoutWinOverGlobalsAndTheEnvironmentsAreMerged() {
            GetFunctionConfigurationResponse configuration =
                    lambda.getFunctionConfiguration(r -> r.functionName("template-zip"));

            assertThat(configuration.memorySize()).isEqualTo(512);
            assertThat(configuration.timeout()).isEqualTo(30);
            assertThat(configuration.environment().variables()).containsOnly(
                    Map.entry("STAGE", "conformance"), Map.entry("SHARED", "from-globals"),
                    Map.entry("TABLE_NAME", tableNamed("OrdersTable")));
        }
    }

    @Nested
    class SamBuildDirectoryCodeUri {
        @Test
        void theDirectoryIsTheTaskRootAndItsLibJarsAreOnTheClasspath() {
            JsonNode report = invoke("template-sam-build", "{}");

            Path directory = work.resolve(".aws-sam/build/SamBuildFunction").toAbsolutePath().normalize();
            assertThat(report.get("environment").get("LAMBDA_TASK_ROOT").asText()).isEqualTo(directory.toString());
            assertThat(report.get("helper").asText()).isEqualTo("loaded from " + directory.resolve("lib/helper.jar"));
        }

        @Test
        void twoFunctionsOfOneHandlerSeeTheirOwnVariables() {
            JsonNode sam = invoke("template-sam-build", "{}").get("environment");
            JsonNode jar = invoke("template-jar", "{}").get("environment");

            assertThat(sam.get("KIND").asText()).isEqualTo("sam-build");
            assertThat(jar.get("KIND").asText()).isEqualTo("jar");
            assertThat(sam.get("TABLE_NAME").asText()).isEqualTo(tableNamed("OrdersTable"));
            assertThat(jar.get("TABLE_NAME").asText()).isEqualTo(tableNamed("UsersTable"));
            assertThat(sam.get("SHARED").asText()).isEqualTo("from-globals");
            assertThat(sam.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("template-sam-build");
        }
    }

    @Nested
    class MavenProjectCodeUri {
        @Test
        void theCompiledClassesRunWithTheDependencyMavenResolved() {
            JsonNode report = invoke("template-maven", "{}");

            Path classes = work.resolve("maven-function/target/classes").toAbsolutePath().normalize();
            assertThat(report.get("environment").get("LAMBDA_TASK_ROOT").asText()).isEqualTo(classes.toString());
            assertThat(report.get("helper").asText()).startsWith("formatted by slf4j from ")
                    .endsWith("/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar");
            assertThat(report.get("environment").get("KIND").asText()).isEqualTo("maven");
        }

        @Test
        void theResolvedClasspathIsCachedInTheProjectsTarget() throws IOException {
            Path cache = work.resolve("maven-function/target/stratus/classpath.txt");

            assertThat(Files.readAllLines(cache, StandardCharsets.UTF_8))
                    .anySatisfy(line -> assertThat(line).startsWith("# pom.xml sha-256 "))
                    .anySatisfy(line -> assertThat(line).endsWith("slf4j-api-2.0.20.jar"));
        }
    }
}
