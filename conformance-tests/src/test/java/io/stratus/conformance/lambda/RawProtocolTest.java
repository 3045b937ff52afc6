package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Lambda wire format where the SDK would hide it: error headers and bodies, encoded ARNs, bad headers. */
@ExtendWith(LambdaTargetExtension.class)
class RawProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LambdaTarget target;

    RawProtocolTest(LambdaTarget target) {
        this.target = target;
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.endpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notFoundCarriesTheErrorTypeHeaderAndAUserTypedBody() throws Exception {
        HttpResponse<String> response = send("POST", "/2015-03-31/functions/nope/invocations", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                "{\"Type\":\"User\",\"Message\":\"Function not found: " + target.functionArn("nope") + "\"}"));
    }

    @Test
    void urlEncodedArnNamesTheFunction() throws Exception {
        String encoded = URLEncoder.encode(target.functionArn(LambdaTarget.UPPER), StandardCharsets.UTF_8);

        HttpResponse<String> response = send("POST", "/2015-03-31/functions/" + encoded + "/invocations", "\"q\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("\"Q\"");
        assertThat(response.headers().firstValue("X-Amz-Executed-Version")).hasValue("$LATEST");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void emptyPayloadReachesTheHandlerAsAnEmptyObject() throws Exception {
        HttpResponse<String> response = send("POST", "/2015-03-31/functions/" + LambdaTarget.MAP_ECHO
                + "/invocations", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"functionName\":\"map-echo\"}"));
    }

    @Test
    void invocationTypeOutsideItsEnumIsAValidationError() throws Exception {
        HttpResponse<String> response = send("POST", "/2015-03-31/functions/" + LambdaTarget.UPPER + "/invocations",
                "\"x\"", "X-Amz-Invocation-Type", "Later");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(JSON.readTree(response.body()).get("message").asText()).isEqualTo("1 validation error detected: "
                + "Value 'Later' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[Event, RequestResponse, DryRun]");
    }

    @Test
    void throttledBodyCarriesTheReason() throws Exception {
        String path = "/2015-03-31/functions/" + LambdaTarget.SINGLE + "/invocations";
        var first = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(target.endpoint() + path))
                .POST(HttpRequest.BodyPublishers.ofString("{\"millis\":1500}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> second = send("POST", path, "{\"millis\":0}");
        HttpResponse<String> firstResponse = first.get();

        HttpResponse<String> throttled = second.statusCode() == 429 ? second : firstResponse;
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException");
        assertThat(JSON.readTree(throttled.body())).isEqualTo(JSON.readTree("{\"Reason\":"
                + "\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}"));
    }

    @Test
    void unknownLambdaPathIsAnUnknownOperation() throws Exception {
        HttpResponse<String> response = send("DELETE", "/2015-03-31/functions/" + LambdaTarget.UPPER
                + "/invocations", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    /** An unsigned DynamoDB request gets DynamoDB's own authentication error: the port still routes it there. */
    @Test
    void dynamoDbStillAnswersOnTheSamePort() throws Exception {
        HttpResponse<String> response = send("POST", "/", "{}", "X-Amz-Target", "DynamoDB_20120810.ListTables",
                "Content-Type", "application/x-amz-json-1.0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("__type").asText()).endsWith("#MissingAuthenticationTokenException");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
    }
}
