package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionClassLoaderTest extends HostTestSupport {

    @Nested
    class EnvironmentIsolation {
        @Test
        void twoFunctionsInOneJvmEachSeeTheirOwnVariables() {
            host.deploy(FunctionConfig.builder("orders", "fixtures.Environments::readEnvironment")
                    .environmentVariable("TABLE_NAME", "orders-table").build());
            host.deploy(FunctionConfig.builder("users", "fixtures.Environments::readEnvironment")
                    .environmentVariable("TABLE_NAME", "users-table").build());

            Map<String, Object> orders = json(invoke("orders", "{\"name\":\"TABLE_NAME\"}"));
            Map<String, Object> users = json(invoke("users", "{\"name\":\"TABLE_NAME\"}"));

            assertThat(orders).containsEntry("direct", "orders-table").containsEntry("library", "orders-table")
                    .containsEntry("map", "orders-table").containsEntry("reference", "orders-table")
                    .containsEntry("functionName", "orders");
            assertThat(users).containsEntry("direct", "users-table").containsEntry("library", "users-table")
                    .containsEntry("map", "users-table").containsEntry("reference", "users-table")
                    .containsEntry("functionName", "users");
            assertThat(System.getenv("TABLE_NAME")).isNull();
        }

        @Test
        void lambdaDefinedVariablesArePresent() {
            host.deploy(FunctionConfig.builder("vars", "fixtures.Environments::readEnvironment")
                    .memorySize(512).build());
            Map<String, Object> out = json(invoke("vars", "{\"name\":\"AWS_REGION\"}"));
            @SuppressWarnings("unchecked")
            Map<String, String> all = (Map<String, String>) out.get("all");
            assertThat(all)
                    .containsEntry("AWS_REGION", "us-east-1")
                    .containsEntry("AWS_DEFAULT_REGION", "us-east-1")
                    .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "vars")
                    .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
                    .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                    .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/vars")
                    .containsEntry("_HANDLER", "fixtures.Environments::readEnvironment")
                    .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java17")
                    .containsEntry("LAMBDA_RUNTIME_DIR", "/var/runtime")
                    .containsEntry("TZ", ":UTC")
                    .containsEntry("AWS_ENDPOINT_URL", "http://localhost:4566")
                    .containsKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                            "LAMBDA_TASK_ROOT", "_X_AMZN_TRACE_ID");
            assertThat(all.get("AWS_LAMBDA_LOG_STREAM_NAME")).matches("2024/01/01/\\[\\$LATEST][0-9a-f]{32}");
            assertThat((String) out.get("traceId")).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
            assertThat(out).containsEntry("endpoint", "http://localhost:4566").containsEntry("direct", "us-east-1");
        }

        @Test
        void aFunctionCannotOverrideReservedVariables() {
            host.deploy(FunctionConfig.builder("sneaky", "fixtures.Environments::readEnvironment")
                    .environmentVariable("AWS_REGION", "eu-west-1").build());
            assertThat(json(invoke("sneaky", "{\"name\":\"AWS_REGION\"}"))).containsEntry("direct", "us-east-1");
        }
    }

    @Nested
    class SdkSettings {
        private final Map<String, String> hostProperties = Map.of(
                "aws.endpointUrl", "http://host-only:1234", "aws.endpointUrlDynamoDb", "http://host-ddb:1234",
                "aws.region", "ap-south-1", "aws.accessKeyId", "AKIAHOSTKEY", "aws.profile", "production",
                "stratus.test.own", "the host's");

        private Map<String, Object> readSettings(FunctionConfig config) {
            hostProperties.forEach(System::setProperty);
            try {
                host.deploy(config);
                return json(invoke(config.functionName(), "{}"));
            } finally {
                hostProperties.keySet().forEach(System::clearProperty);
            }
        }

        @Test
        void theSdksPropertiesAnswerTheFunctionsEndpointRegionAndCredentialsNotTheHosts() {
            Map<String, Object> out = readSettings(FunctionConfig.builder("settings", "fixtures.SdkSettings")
                    .environmentVariable("TABLE_NAME", "orders").build());

            assertThat(out).containsEntry("endpointUrl", "http://localhost:4566")
                    .containsEntry("endpointUrlDynamoDb", "http://localhost:4566")
                    .containsEntry("endpointUrlSecretsManager", "http://localhost:4566")
                    .containsEntry("region", "us-east-1")
                    .containsEntry("accessKeyId", "AKIASTRATUSLOCAL0000")
                    .containsEntry("profile", "unset")
                    .containsEntry("tableFromEnvironment", "orders");
        }

        @Test
        void aServiceSpecificEndpointVariableOfTheFunctionAnswersItsProperty() {
            Map<String, Object> out = readSettings(FunctionConfig.builder("settings", "fixtures.SdkSettings")
                    .environmentVariable("AWS_ENDPOINT_URL_DYNAMODB", "http://ddb.local:8000")
                    .environmentVariable("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://secrets.local:9000").build());

            assertThat(out).containsEntry("endpointUrl", "http://localhost:4566")
                    .containsEntry("endpointUrlDynamoDb", "http://ddb.local:8000")
                    .containsEntry("endpointUrlSecretsManager", "http://secrets.local:9000");
        }

        @Test
        void otherPropertiesAreTheJvms() {
            Map<String, Object> out = readSettings(FunctionConfig.builder("settings", "fixtures.SdkSettings").build());

            assertThat(out).containsEntry("javaVersion", System.getProperty("java.version"))
                    .containsEntry("ownProperty", "the host's");
        }
    }

    @Nested
    class SdkInterceptorOffer {
        @TempDir
        Path temp;

        private List<String> listings(Path root, Map<String, String> variables) throws IOException {
            try (FunctionClassLoader loader = new FunctionClassLoader(List.of(root.toUri().toURL()),
                    new FunctionEnvironment(variables))) {
                List<String> out = new java.util.ArrayList<>();
                for (java.net.URL url : java.util.Collections.list(loader.getResources(SdkEndpointInterceptor.RESOURCE))) {
                    try (var in = url.openStream()) {
                        out.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
                    }
                }
                return out;
            }
        }

        private Path codeWithSdk() throws IOException {
            Path marker = temp.resolve(SdkEndpointInterceptor.SDK_MARKER);
            Files.createDirectories(marker.getParent());
            Files.write(marker, new byte[0]);
            return temp;
        }

        @Test
        void aFunctionBundlingTheSdkIsOfferedTheStratusInterceptor() throws IOException {
            assertThat(listings(codeWithSdk(), Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")))
                    .containsExactly(SdkEndpointInterceptor.CLASS_NAME);
        }

        @Test
        void aFunctionWithoutTheSdkOrWithoutAnEndpointIsOfferedNothing() throws IOException {
            assertThat(listings(temp, Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"))).isEmpty();
            assertThat(listings(codeWithSdk(), Map.of())).isEmpty();
            assertThat(listings(codeWithSdk(), Map.of("AWS_ENDPOINT_URL", "not a url"))).isEmpty();
        }
    }

    @Nested
    class CodeLocations {
        @TempDir
        Path temp;

        @Test
        void aFunctionRunsFromAJar() throws Exception {
            Path jar = temp.resolve("greeter.jar");
            writeArchive(jar, "", List.of("fixtures/jarred/Greeter.class", "fixtures/jarred/lib/Salutation.class"));
            host.deploy(FunctionConfig.builder("jarred", "fixtures.jarred.Greeter").codeLocation(jar).build());

            InvocationResult result = invoke("jarred", "{\"name\":\"Ada\"}");
            Map<String, Object> out = json(result);
            assertThat(out).containsEntry("greeting", "Hello, Ada");
            // Extracted like Lambda unzips a package into the task root, not loaded from the test classpath.
            assertThat((String) out.get("handlerFrom")).contains("stratus-task-").doesNotContain("test-classes");
            assertThat(Path.of((String) out.get("taskRoot")).getFileName().toString()).startsWith("stratus-task-");
        }

        @Test
        void aFunctionRunsFromAZipWithLibrariesInLib() throws Exception {
            Path library = temp.resolve("salutation.jar");
            writeArchive(library, "", List.of("fixtures/jarred/lib/Salutation.class"));
            Path zip = temp.resolve("function.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                add(out, "fixtures/jarred/Greeter.class", Files.readAllBytes(compiled("fixtures/jarred/Greeter.class")));
                add(out, "lib/salutation.jar", Files.readAllBytes(library));
            }
            host.deploy(FunctionConfig.builder("zipped", "fixtures.jarred.Greeter").codeLocation(zip).build());

            Map<String, Object> out = json(invoke("zipped", "{\"name\":\"Grace\"}"));
            assertThat(out).containsEntry("greeting", "Hello, Grace");
            assertThat((String) out.get("libraryFrom")).endsWith("/lib/salutation.jar");
        }

        @Test
        void aFunctionWithoutItsLibraryFailsToLinkInsteadOfBorrowingTheHosts() throws Exception {
            Path jar = temp.resolve("incomplete.jar");
            writeArchive(jar, "", List.of("fixtures/jarred/Greeter.class"));
            host.deploy(FunctionConfig.builder("incomplete", "fixtures.jarred.Greeter").codeLocation(jar).build());

            Map<String, Object> error = json(invoke("incomplete", "{\"name\":\"x\"}"));
            assertThat(error).containsEntry("errorType", "java.lang.NoClassDefFoundError")
                    .containsEntry("errorMessage", "fixtures/jarred/lib/Salutation");
        }

        @Test
        void embeddedModeDefinesTheFunctionsClassesInItsOwnLoader() {
            deploy("embedded", "fixtures.jarred.Greeter");
            Map<String, Object> out = json(invoke("embedded", "{\"name\":\"Linus\"}"));
            assertThat(out).containsEntry("greeting", "Hello, Linus");
            assertThat((String) out.get("handlerFrom")).contains("test-classes");
        }

        private void writeArchive(Path target, String prefix, List<String> classFiles) throws Exception {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
                for (String classFile : classFiles) {
                    out.putNextEntry(new JarEntry(prefix + classFile));
                    out.write(Files.readAllBytes(compiled(classFile)));
                    out.closeEntry();
                }
            }
        }

        private void add(ZipOutputStream out, String name, byte[] content) throws IOException {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }

        private Path compiled(String classFile) throws URISyntaxException {
            return Paths.get(FunctionClassLoaderTest.class.getClassLoader().getResource(classFile).toURI());
        }
    }

    @Test
    void onlyTheCoreInterfacesAndTheBridgeAreShared() {
        assertThat(FunctionClassLoader.isShared("com.amazonaws.services.lambda.runtime.Context")).isTrue();
        assertThat(FunctionClassLoader.isShared("com.amazonaws.services.lambda.runtime.logging.LogLevel")).isTrue();
        assertThat(FunctionClassLoader.isShared("io.stratus.lambda.load.EnvironmentBridge")).isTrue();
        assertThat(FunctionClassLoader.isShared("io.stratus.lambda.load.ExitBridge")).isTrue();
        assertThat(FunctionClassLoader.isShared("io.stratus.lambda.load.FunctionExit")).isFalse();
        assertThat(FunctionClassLoader.isShared(
                "com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent")).isFalse();
        assertThat(FunctionClassLoader.isShared(
                "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer")).isFalse();
        assertThat(FunctionClassLoader.isShared("io.stratus.lambda.LambdaHost")).isFalse();
    }

}
