package io.stratus.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LambdaApiServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:lambda:eu-west-1:000000000000:function:";

    private static LambdaHost host;
    private static LambdaApiService service;

    @BeforeAll
    static void deploy() {
        host = LambdaHost.builder().region("eu-west-1").console(line -> { }).build();
        FunctionCatalog catalog = new FunctionCatalog(Clock.fixed(Instant.parse("2024-05-06T07:08:09.123Z"),
                ZoneOffset.UTC));
        host.deploy(FunctionConfig.builder("upper", UpperCaseHandler.class.getName())
                .environmentVariable("STAGE", "test").reservedConcurrentExecutions(3).build());
        host.deploy(FunctionConfig.builder("lower", UpperCaseHandler.class.getName()).build());
        host.deploy(FunctionConfig.builder("client", ClientContextHandler.class.getName()).build());
        service = new LambdaApiService(new LambdaApiContext(host, catalog,
                new FunctionConfigurationWriter("eu-west-1", "000000000000")));
    }

    @AfterAll
    static void close() {
        host.close();
    }

    private static ServerResponse call(String method, String path, String body, String... headers) {
        HttpHeaders http = new DefaultHttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            http.add(headers[i], headers[i + 1]);
        }
        int question = path.indexOf('?');
        Map<String, List<String>> query = question < 0 ? Map.of()
                : new io.netty.handler.codec.http.QueryStringDecoder(path).parameters();
        ServerRequest request = new ServerRequest(method, question < 0 ? path : path.substring(0, question), query,
                http, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "REQ");
        assertThat(service.accepts(request)).isTrue();
        return service.handle(request);
    }

    private static String text(ServerResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Nested
    class Invoke {

        @Test
        void requestResponseAnswersThePayloadWithTheInvocationsRequestId() {
            ServerResponse response = call("POST", "/2015-03-31/functions/upper/invocations", "\"abc\"");

            assertThat(response.status()).isEqualTo(200);
            assertThat(text(response)).isEqualTo("\"ABC\"");
            assertThat(response.contentType()).isEqualTo("application/json");
            assertThat(response.headers()).containsEntry("X-Amz-Executed-Version", "$LATEST")
                    .doesNotContainKeys("X-Amz-Function-Error", "X-Amz-Log-Result");
            assertThat(response.headers().get("x-amzn-RequestId")).hasSize(36);
            assertThat(response.operation()).isEqualTo("Invoke");
        }

        @Test
        void tailAddsTheBase64LogResult() {
            ServerResponse response = call("POST", "/2015-03-31/functions/upper/invocations", "\"t\"",
                    "X-Amz-Log-Type", "Tail");

            String log = new String(Base64.getDecoder().decode(response.headers().get("X-Amz-Log-Result")),
                    StandardCharsets.UTF_8);
            assertThat(log).contains("START RequestId: " + response.headers().get("x-amzn-RequestId"))
                    .contains("upper t").contains("REPORT RequestId: ");
        }

        @Test
        void theClientContextHeaderReachesTheHandler() {
            String clientContext = Base64.getEncoder().encodeToString(
                    "{\"custom\":{\"tenant\":\"acme\"},\"client\":{\"app_title\":\"Shop\"}}"
                            .getBytes(StandardCharsets.UTF_8));
            ServerResponse response = call("POST", "/2015-03-31/functions/client/invocations", "{}",
                    "X-Amz-Client-Context", clientContext);

            assertThat(response.status()).isEqualTo(200);
            assertThat(text(response)).isEqualTo("{\"tenant\":\"acme\"}");
        }

        @Test
        void withoutTheHeaderTheHandlerHasNoClientContext() {
            ServerResponse response = call("POST", "/2015-03-31/functions/client/invocations", "{}");

            assertThat(text(response)).isEqualTo("{\"clientContext\":\"none\"}");
        }

        @Test
        void aClientContextThatIsNotBase64JsonIsInvalidRequestContent() throws Exception {
            ServerResponse response = call("POST", "/2015-03-31/functions/client/invocations", "{}",
                    "X-Amz-Client-Context", "not base64!");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "InvalidRequestContentException");
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"Type\":\"User\",\"message\":"
                    + "\"Client context must be a valid Base64-encoded JSON object.\"}"));
        }

        @Test
        void dryRunIs204WithNoBodyOrContentType() {
            ServerResponse response = call("POST", "/2015-03-31/functions/upper/invocations", "{}",
                    "X-Amz-Invocation-Type", "DryRun");

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertThat(response.contentType()).isNull();
        }

        @Test
        void logTypeOutsideItsEnumIsAValidationException() throws Exception {
            ServerResponse response = call("POST", "/2015-03-31/functions/upper/invocations", "\"x\"",
                    "X-Amz-Log-Type", "All");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "ValidationException");
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"Type\":\"User\",\"message\":"
                    + "\"1 validation error detected: Value 'All' at 'logType' failed to satisfy constraint: Member "
                    + "must satisfy enum value set: [None, Tail]\"}"));
        }

        @Test
        void unknownFunctionRendersLambdasNotFoundBody() {
            ServerResponse response = call("POST", "/2015-03-31/functions/" + ARN + "nope/invocations", "{}");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "ResourceNotFoundException");
            assertThat(text(response)).isEqualTo("{\"Type\":\"User\",\"Message\":\"Function not found: " + ARN
                    + "nope\"}");
        }

        @Test
        void qualifierParameterOtherThanLatestIsNotFoundWithTheQualifiedArn() {
            ServerResponse response = call("POST", "/2015-03-31/functions/upper/invocations?Qualifier=live", "{}");

            assertThat(response.status()).isEqualTo(404);
            assertThat(text(response)).contains("Function not found: " + ARN + "upper:live");
        }
    }

    @Nested
    class Describe {

        @Test
        void getFunctionConfigurationWritesLambdasFields() throws Exception {
            JsonNode config = JSON.readTree(call("GET", "/2015-03-31/functions/upper/configuration", null).body());

            assertThat(config.get("FunctionArn").asText()).isEqualTo(ARN + "upper");
            assertThat(config.get("Runtime").asText()).isEqualTo("java17");
            assertThat(config.get("LastModified").asText()).isEqualTo("2024-05-06T07:08:09.123+0000");
            assertThat(config.get("Environment")).isEqualTo(JSON.readTree("{\"Variables\":{\"STAGE\":\"test\"}}"));
            assertThat(config.get("CodeSize").asLong()).isZero();
            // SHA-256 of nothing: code on the host's classpath has no archive.
            assertThat(config.get("CodeSha256").asText()).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
            assertThat(config.get("Version").asText()).isEqualTo("$LATEST");
        }

        @Test
        void getFunctionAddsCodeAndConcurrency() throws Exception {
            JsonNode function = JSON.readTree(call("GET", "/2015-03-31/functions/upper", null).body());

            assertThat(function.get("Code")).isEqualTo(JSON.readTree("{\"RepositoryType\":\"S3\"}"));
            assertThat(function.get("Concurrency")).isEqualTo(JSON.readTree("{\"ReservedConcurrentExecutions\":3}"));
            assertThat(function.get("Configuration").get("FunctionName").asText()).isEqualTo("upper");
        }

        @Test
        void listFunctionsPagesInNameOrderWithAnOpaqueMarker() throws Exception {
            JsonNode first = JSON.readTree(call("GET", "/2015-03-31/functions/?MaxItems=2", null).body());
            assertThat(first.get("Functions").get(0).get("FunctionName").asText()).isEqualTo("client");
            assertThat(first.get("Functions").get(1).get("FunctionName").asText()).isEqualTo("lower");
            String marker = first.get("NextMarker").asText();

            JsonNode second = JSON.readTree(call("GET", "/2015-03-31/functions/?MaxItems=2&Marker=" + marker, null)
                    .body());
            assertThat(second.get("Functions")).hasSize(1);
            assertThat(second.get("Functions").get(0).get("FunctionName").asText()).isEqualTo("upper");
            assertThat(second.has("NextMarker")).isFalse();
        }

        @Test
        void maxItemsBelowOneIsAValidationException() {
            ServerResponse response = call("GET", "/2015-03-31/functions/?MaxItems=0", null);

            assertThat(response.status()).isEqualTo(400);
            assertThat(text(response)).contains("Value '0' at 'maxItems' failed to satisfy constraint: Member must "
                    + "have value greater than or equal to 1");
        }
    }

    @Nested
    class Threads {
        private ServerRequest request(String method, String path, byte[] body) {
            return new ServerRequest(method, path, Map.of(), new DefaultHttpHeaders(), body, "REQ");
        }

        @Test
        void aSmallInvokeIsRoutedWithoutAWorkerThread() throws Exception {
            List<Runnable> handedOff = new java.util.ArrayList<>();
            ServerResponse response = service.handleAsync(
                    request("POST", "/2015-03-31/functions/upper/invocations", "\"abc\"".getBytes(StandardCharsets.UTF_8)),
                    handedOff::add).toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(handedOff).isEmpty();
            assertThat(text(response)).isEqualTo("\"ABC\"");
        }

        @Test
        void aLargeInvokeAndEveryOtherOperationGoToAWorker() {
            byte[] large = ("\"" + "a".repeat(LambdaApiService.INLINE_INVOKE_LIMIT) + "\"").getBytes(StandardCharsets.UTF_8);
            List<Runnable> handedOff = new java.util.ArrayList<>();

            service.handleAsync(request("POST", "/2015-03-31/functions/upper/invocations", large), handedOff::add);
            service.handleAsync(request("GET", "/2015-03-31/functions/upper", new byte[0]), handedOff::add);

            assertThat(handedOff).hasSize(2);
        }
    }

    @Test
    void unknownPathUnderTheApiVersionIsAnUnknownOperation() {
        ServerResponse response = call("PUT", "/2015-03-31/functions/upper/concurrency", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "UnknownOperationException");
    }
}
