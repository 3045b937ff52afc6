package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;
import software.amazon.awssdk.services.lambda.model.ThrottleReason;

@ExtendWith(LambdaTargetExtension.class)
class InvokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;
    private final LambdaTarget target;

    InvokeTest(LambdaTarget target) {
        this.target = target;
        this.lambda = target.lambda();
    }

    private InvokeResponse invoke(String function, String payload) {
        return lambda.invoke(r -> r.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
    }

    private static JsonNode json(InvokeResponse response) throws Exception {
        return JSON.readTree(response.payload().asUtf8String());
    }

    @Nested
    class RequestResponse {

        @Test
        void pojoHandlerGetsItsBeanAndItsReplyComesBackAsJson() throws Exception {
            InvokeResponse response = invoke(LambdaTarget.GREETING, "{\"name\":\"Ada\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).isNull();
            assertThat(response.executedVersion()).isEqualTo("$LATEST");
            assertThat(response.logResult()).isNull();
            assertThat(json(response)).isEqualTo(JSON.readTree("{\"message\":\"Hello, Ada\"}"));
        }

        @Test
        void mapHandlerEchoesItsInputWithItsOwnName() throws Exception {
            InvokeResponse response = invoke(LambdaTarget.MAP_ECHO, "{\"n\":1,\"nested\":{\"ok\":true}}");

            assertThat(json(response)).isEqualTo(JSON.readTree(
                    "{\"n\":1,\"nested\":{\"ok\":true},\"functionName\":\"map-echo\"}"));
        }

        @Test
        void stringHandlerTakesAndReturnsJsonStrings() {
            InvokeResponse response = invoke(LambdaTarget.UPPER, "\"shout\"");

            assertThat(response.payload().asUtf8String()).isEqualTo("\"SHOUT\"");
        }

        @Test
        void eventHandlerReadsAnApiGatewayProxyEvent() throws Exception {
            InvokeResponse response = invoke(LambdaTarget.API_PROXY, """
                    {"resource":"/pets","path":"/pets","httpMethod":"POST","headers":{"Accept":"*/*"},
                     "queryStringParameters":{"who":"ada"},"body":null,"isBase64Encoded":false}""");

            JsonNode body = json(response);
            assertThat(body.get("statusCode").asInt()).isEqualTo(201);
            assertThat(body.get("body").asText()).isEqualTo("POST /pets for ada");
            assertThat(body.get("headers").get("Content-Type").asText()).isEqualTo("text/plain");
        }

        @Test
        void functionCanBeNamedByFullOrPartialArnOrWithLatestQualifier() {
            String arn = target.functionArn(LambdaTarget.UPPER);
            String partial = target.accountId() + ":function:" + LambdaTarget.UPPER;

            assertThat(invoke(arn, "\"a\"").payload().asUtf8String()).isEqualTo("\"A\"");
            assertThat(invoke(partial, "\"b\"").payload().asUtf8String()).isEqualTo("\"B\"");
            assertThat(invoke(arn + ":$LATEST", "\"c\"").payload().asUtf8String()).isEqualTo("\"C\"");
            assertThat(lambda.invoke(r -> r.functionName(LambdaTarget.UPPER).qualifier("$LATEST")
                    .payload(SdkBytes.fromUtf8String("\"d\""))).payload().asUtf8String()).isEqualTo("\"D\"");
        }

        @Test
        void clientContextIsAccepted() {
            String context = Base64.getEncoder().encodeToString("{\"custom\":{\"k\":\"v\"}}"
                    .getBytes(StandardCharsets.UTF_8));

            InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.UPPER).clientContext(context)
                    .payload(SdkBytes.fromUtf8String("\"x\"")));

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class InvocationTypes {

        @Test
        void eventIsAcceptedWith202AndAnEmptyBodyAndStillRuns(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("event.txt");
            String payload = JSON.writeValueAsString(java.util.Map.of("path", file.toString(), "content", "ran"));

            InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.FILE_WRITER)
                    .invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String(payload)));

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.payload().asByteArray()).isEmpty();
            assertThat(response.responseMetadata().requestId()).isNotBlank();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(file).hasContent("ran");
        }

        @Test
        void dryRunAnswers204WithoutRunningTheFunction(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("dry.txt");
            String payload = JSON.writeValueAsString(java.util.Map.of("path", file.toString(), "content", "ran"));

            InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.FILE_WRITER)
                    .invocationType(InvocationType.DRY_RUN).payload(SdkBytes.fromUtf8String(payload)));

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.payload().asByteArray()).isEmpty();
            Thread.sleep(200);
            assertThat(file).doesNotExist();
        }
    }

    @Nested
    class Logs {

        @Test
        void tailReturnsTheInvocationsLogWithStartEndReportAndTheHandlersLine() {
            InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.GREETING).logType(LogType.TAIL)
                    .payload(SdkBytes.fromUtf8String("{\"name\":\"Grace\"}")));

            String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
            String requestId = response.responseMetadata().requestId();
            assertThat(log).contains("START RequestId: " + requestId + " Version: $LATEST")
                    .contains("greeting Grace")
                    .contains("END RequestId: " + requestId)
                    .contains("REPORT RequestId: " + requestId);
            assertThat(log.indexOf("START")).isLessThan(log.indexOf("greeting Grace"));
            assertThat(log.indexOf("greeting Grace")).isLessThan(log.indexOf("END RequestId"));
        }

        @Test
        void onlyTheFirstReportOfAnEnvironmentHasAnInitDuration() {
            String first = tail(LambdaTarget.COLD_WARM);
            String second = tail(LambdaTarget.COLD_WARM);

            assertThat(first).containsPattern("REPORT RequestId: .*\tInit Duration: [0-9.]+ ms");
            assertThat(second).contains("REPORT RequestId: ").doesNotContain("Init Duration");
        }

        private String tail(String function) {
            InvokeResponse response = lambda.invoke(r -> r.functionName(function).logType(LogType.TAIL)
                    .payload(SdkBytes.fromUtf8String("{}")));
            return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class FunctionErrors {

        @Test
        void unhandledExceptionIsA200WithFunctionErrorAndTheJavaErrorPayload() throws Exception {
            InvokeResponse response = invoke(LambdaTarget.FAILING, "{\"reason\":\"testing\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).isEqualTo("Unhandled");
            JsonNode error = json(response);
            assertThat(error.get("errorMessage").asText()).isEqualTo("boom: testing");
            assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.get("stackTrace").isArray()).isTrue();
        }

        @Test
        void handlerRunningPastItsTimeoutIsReportedAsTimedOut() throws Exception {
            InvokeResponse response = invoke(LambdaTarget.SLOW, "{\"millis\":3000}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).isEqualTo("Unhandled");
            assertThat(json(response).get("errorMessage").asText())
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z "
                            + response.responseMetadata().requestId() + " Task timed out after 1.00 seconds");
        }
    }

    @Nested
    class RequestErrors {

        @Test
        void unknownFunctionIsResourceNotFoundWithItsArn() {
            assertThatThrownBy(() -> invoke("nope", "{}"))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Function not found: " + target.functionArn("nope"));
                        assertThat(e.type()).isEqualTo("User");
                    });
        }

        @Test
        void qualifierOtherThanLatestIsNotFound() {
            assertThatThrownBy(() -> lambda.invoke(r -> r.functionName(LambdaTarget.UPPER).qualifier("prod")
                    .payload(SdkBytes.fromUtf8String("\"x\""))))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                            e.awsErrorDetails().errorMessage())
                            .isEqualTo("Function not found: " + target.functionArn(LambdaTarget.UPPER) + ":prod"));
        }

        @Test
        void payloadThatIsNotJsonIsInvalidRequestContent() {
            assertThatThrownBy(() -> invoke(LambdaTarget.UPPER, "not json"))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequestContentException");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith("Could not parse request body into json: Could not parse payload into json");
                    });
        }

        /**
         * Lambda sends the code {@code RequestEntityTooLargeException}, which the SDK's model does not map to its
         * {@code RequestTooLargeException} class: against AWS too, callers see a plain LambdaException with 413.
         */
        @Test
        void synchronousPayloadOverSixMegabytesIsRejectedAsLambdaRejectsIt() {
            String payload = "\"" + "x".repeat(6 * 1024 * 1024) + "\"";

            assertThatThrownBy(() -> invoke(LambdaTarget.UPPER, payload))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e).isNotInstanceOf(RequestTooLargeException.class);
                        assertThat(e.statusCode()).isEqualTo(413);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestEntityTooLargeException");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
                    });
        }

        @Test
        void secondParallelInvocationOfAFunctionWithReservedConcurrencyOneIsThrottled() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<InvokeResponse>> calls = new ArrayList<>();
                Callable<InvokeResponse> call = () -> invoke(LambdaTarget.SINGLE, "{\"millis\":1500}");
                calls.add(pool.submit(call));
                calls.add(pool.submit(call));
                List<Object> outcomes = new ArrayList<>();
                for (Future<InvokeResponse> f : calls) {
                    try {
                        outcomes.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        outcomes.add(e.getCause());
                    }
                }
                assertThat(outcomes).filteredOn(InvokeResponse.class::isInstance).singleElement()
                        .satisfies(r -> assertThat(((InvokeResponse) r).payload().asUtf8String())
                                .isEqualTo("\"slept\""));
                assertThat(outcomes).filteredOn(TooManyRequestsException.class::isInstance).singleElement()
                        .satisfies(e -> {
                            TooManyRequestsException throttled = (TooManyRequestsException) e;
                            assertThat(throttled.statusCode()).isEqualTo(429);
                            assertThat(throttled.reason())
                                    .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
                            assertThat(throttled.awsErrorDetails().errorMessage()).isEqualTo("Rate Exceeded.");
                        });
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
