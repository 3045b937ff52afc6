package io.stratus.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The DynamoDB protocol checks in AWS's order. Expected bodies and their {@code x-amz-crc32} values
 * are the ones live DynamoDB returns (recorded in dynalite's connection tests), so a match on the
 * checksum proves the bytes are identical.
 */
class DynamoDbHttpServiceTest {

    private static final String SIGNED =
            "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x";

    private final ScriptedDynamo dynamo = new ScriptedDynamo();
    private final DynamoDbHttpService service = new DynamoDbHttpService(dynamo);

    private ServerResponse call(String method, String query, String body, String... headers) {
        HttpHeaders httpHeaders = new DefaultHttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(equals < 0 ? pair : pair.substring(0, equals), List.of(equals < 0 ? "" : pair.substring(equals + 1)));
            }
        }
        return service.handle(new ServerRequest(method, "/", parameters, httpHeaders,
                body.getBytes(StandardCharsets.UTF_8), "REQUESTID"));
    }

    private ServerResponse post(String body, String... headers) {
        return call("POST", "", body, headers);
    }

    private static String body(ServerResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertError(ServerResponse response, int status, String body, long awsCrc32) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(body(response)).isEqualTo(body);
        assertThat(response.headers()).containsEntry("x-amz-crc32", Long.toString(awsCrc32));
    }

    @Nested
    class Routing {

        @Test
        void requestWithATargetIsAccepted() {
            HttpHeaders headers = new DefaultHttpHeaders().add("X-Amz-Target", "whatever");
            assertThat(service.accepts(new ServerRequest("POST", "/any/path", Map.of(), headers, new byte[0], "ID"))).isTrue();
        }

        @Test
        void requestWithAmzJsonContentTypeIsAccepted() {
            HttpHeaders headers = new DefaultHttpHeaders().add("Content-Type", "application/x-amz-json-1.0");
            assertThat(service.accepts(new ServerRequest("POST", "/", Map.of(), headers, new byte[0], "ID"))).isTrue();
        }

        @Test
        void plainRequestIsLeftToOtherServices() {
            HttpHeaders headers = new DefaultHttpHeaders().add("Content-Type", "application/json");
            assertThat(service.accepts(new ServerRequest("GET", "/", Map.of(), headers, new byte[0], "ID"))).isFalse();
        }
    }

    @Nested
    class MethodAndContentType {

        private static final String NOT_JSON = "<UnknownOperationException/>\n";

        @Test
        void putIsAnswered404WithAwsBareBody() {
            ServerResponse response = call("PUT", "", "", "X-Amz-Target", "DynamoDB_20120810.ListTables");

            assertError(response, 404, NOT_JSON, 3552371480L);
            assertThat(response.contentType()).isNull();
        }

        @Test
        void bodyWithoutContentTypeIsAnswered404() {
            assertError(post("hi", "X-Amz-Target", "x"), 404, NOT_JSON, 3552371480L);
        }

        @Test
        void bodyWithAmzJson11IsAnswered404() {
            assertError(post("hi", "Content-Type", "application/x-amz-json-1.1"), 404, NOT_JSON, 3552371480L);
        }

        @Test
        void bodyWithAContentTypeThatOnlyStartsLikeJsonIsAnswered404() {
            assertError(post("hi", "Content-Type", "application/jsonasdf"), 404, NOT_JSON, 3552371480L);
        }
    }

    @Nested
    class Serialization {

        private static final String SERIALIZATION = "{\"__type\":\"com.amazon.coral.service#SerializationException\"}";

        @Test
        void malformedJsonIsSerializationException() {
            ServerResponse response = post("hi", "Content-Type", "application/json");

            assertError(response, 400, SERIALIZATION, 3948637019L);
            assertThat(response.contentType()).isEqualTo("application/json");
        }

        @Test
        void malformedAmzJsonIsAnsweredInAmzJson() {
            ServerResponse response = post("hi", "Content-Type", "application/x-amz-json-1.0;blahblah");

            assertError(response, 400, SERIALIZATION, 3948637019L);
            assertThat(response.contentType()).isEqualTo("application/x-amz-json-1.0");
        }

        @Test
        void contentTypeParametersAndBlanksAreIgnored() {
            // Leading blanks never reach the service: the HTTP decoder strips them.
            assertError(post("hi", "Content-Type", "application/json  ;   asfd"), 400, SERIALIZATION, 3948637019L);
        }

        @Test
        void malformedJsonIsReportedBeforeAnUnknownTargetOrMissingAuthentication() {
            assertError(post("hi", "Content-Type", "application/json", "X-Amz-Target", "nope"),
                    400, SERIALIZATION, 3948637019L);
        }

        @Test
        void emptyBodyIsSerializationExceptionOnlyAfterAuthentication() {
            ServerResponse unsigned = post("", "X-Amz-Target", "DynamoDB_20120810.ListTables");
            ServerResponse signed = post("", "X-Amz-Target", "DynamoDB_20120810.ListTables",
                    "Authorization", SIGNED, "X-Amz-Date", "20240101T000000Z");

            assertThat(body(unsigned)).contains("MissingAuthenticationTokenException");
            assertError(signed, 400, SERIALIZATION, 3948637019L);
        }
    }

    @Nested
    class Target {

        private static final String UNKNOWN = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";

        @Test
        void missingTargetIsUnknownOperation() {
            assertError(post("{}", "Content-Type", "application/json"), 400, UNKNOWN, 1368724161L);
        }

        @Test
        void targetWithoutAVersionIsUnknownOperation() {
            assertError(post("", "X-Amz-Target", "whatever"), 400, UNKNOWN, 1368724161L);
        }

        @Test
        void misspelledOperationIsUnknownOperation() {
            assertError(post("", "X-Amz-Target", "DynamoDB_20120810.ListTable"), 400, UNKNOWN, 1368724161L);
        }

        @Test
        void otherApiVersionIsUnknownOperation() {
            assertError(post("", "X-Amz-Target", "DynamoDB_20111205.ListTables"), 400, UNKNOWN, 1368724161L);
        }

        @Test
        void extraTargetSegmentIsUnknownOperation() {
            assertError(post("", "X-Amz-Target", "DynamoDB_20120810.ListTables.Now"), 400, UNKNOWN, 1368724161L);
        }
    }

    @Nested
    class Authentication {

        private ServerResponse listTables(String query, String... headers) {
            String[] all = new String[headers.length + 2];
            all[0] = "X-Amz-Target";
            all[1] = "DynamoDB_20120810.ListTables";
            System.arraycopy(headers, 0, all, 2, headers.length);
            return call("POST", query, "", all);
        }

        private static String incomplete(String message) {
            return "{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":\"" + message + "\"}";
        }

        @Test
        void missingAuthorizationIsMissingAuthenticationToken() {
            assertError(listTables(""), 400,
                    "{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                            + "\"message\":\"Request is missing Authentication Token\"}", 2088342776L);
        }

        @Test
        void authorizationNotStartingWithAws4DashIsMissingAuthenticationToken() {
            assertThat(body(listTables("", "Authorization", "AWS4"))).contains("MissingAuthenticationTokenException");
        }

        @Test
        void authorizationHeaderAndPresignedQueryTogetherAreInvalidSignature() {
            assertError(listTables("X-Amz-Algorithm", "Authorization", "X"), 400,
                    "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
                            + "\"message\":\"Found both 'X-Amz-Algorithm' as a query-string param and "
                            + "'Authorization' as HTTP header.\"}", 2139606068L);
        }

        @Test
        void misspelledPresignedQueryIsStillMissingAuthenticationToken() {
            assertThat(body(listTables("X-Amz-Algorith", "Authorization", "X")))
                    .contains("MissingAuthenticationTokenException");
        }

        @Test
        void bareAws4DashListsEveryMissingPart() {
            assertError(listTables("", "Authorization", "AWS4-"), 400, incomplete(
                    "Authorization header requires 'Credential' parameter. "
                            + "Authorization header requires 'Signature' parameter. "
                            + "Authorization header requires 'SignedHeaders' parameter. "
                            + "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
                            + "Authorization=AWS4-"), 1828866742L);
        }

        @Test
        void blankSeparatedParametersAreRecognised() {
            assertError(listTables("", "Authorization", "AWS4- Signature=b Credential=a", "Date", "a"), 400,
                    incomplete("Authorization header requires 'SignedHeaders' parameter. "
                            + "Authorization=AWS4- Signature=b Credential=a"), 15336762L);
        }

        @Test
        void commaSeparatedParametersAreRecognised() {
            assertError(listTables("", "Authorization", "AWS4- Signature=b,Credential=a", "Date", "a"), 400,
                    incomplete("Authorization header requires 'SignedHeaders' parameter. "
                            + "Authorization=AWS4- Signature=b,Credential=a"), 1159703774L);
        }

        @Test
        void commaAndBlankSeparatedParametersAreRecognised() {
            assertError(listTables("", "Authorization", "AWS4- Signature=b, Credential=a", "Date", "a"), 400,
                    incomplete("Authorization header requires 'SignedHeaders' parameter. "
                            + "Authorization=AWS4- Signature=b, Credential=a"), 164353342L);
        }

        @Test
        void emptyPresignedQueryListsEveryMissingParameter() {
            assertError(listTables("X-Amz-Algorithm"), 400, incomplete(
                    "AWS query-string parameters must include 'X-Amz-Algorithm'. "
                            + "AWS query-string parameters must include 'X-Amz-Credential'. "
                            + "AWS query-string parameters must include 'X-Amz-Signature'. "
                            + "AWS query-string parameters must include 'X-Amz-SignedHeaders'. "
                            + "AWS query-string parameters must include 'X-Amz-Date'. "
                            + "Re-examine the query-string parameters."), 2900502663L);
        }

        @Test
        void presignedQueryWithoutSignedHeadersNamesIt() {
            assertError(listTables("X-Amz-Algorithm=a&X-Amz-Credential=b&X-Amz-Signature=c&X-Amz-Date=d"), 400,
                    incomplete("AWS query-string parameters must include 'X-Amz-SignedHeaders'. "
                            + "Re-examine the query-string parameters."), 3712057481L);
        }

        @Test
        void signatureIsNotVerified() {
            ServerResponse response = post("{}", "Content-Type", "application/x-amz-json-1.0",
                    "X-Amz-Target", "DynamoDB_20120810.ListTables",
                    "Authorization", "AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=wrong",
                    "X-Amz-Date", "20240101T000000Z");

            assertThat(response.status()).isEqualTo(200);
        }
    }

    @Nested
    class Operation {

        private ServerResponse signed(String operation, String region) {
            return post("{\"Limit\":1}", "Content-Type", "application/x-amz-json-1.0",
                    "X-Amz-Target", "DynamoDB_20120810." + operation,
                    "Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/" + region
                            + "/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc",
                    "X-Amz-Date", "20240101T000000Z");
        }

        @Test
        void successIsTheEngineBodyWithItsCrc32() {
            ServerResponse response = signed("ListTables", "us-east-1");

            CRC32 crc = new CRC32();
            crc.update(ScriptedDynamo.LIST_TABLES);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ScriptedDynamo.LIST_TABLES);
            assertThat(response.contentType()).isEqualTo("application/x-amz-json-1.0");
            assertThat(response.headers()).containsEntry("x-amz-crc32", Long.toString(crc.getValue()));
            assertThat(response.operation()).isEqualTo("ListTables");
            assertThat(dynamo.lastRequest.toString()).isEqualTo("{\"Limit\":1}");
        }

        @Test
        void contextCarriesTheCredentialScopeRegionAccountAndRequestId() {
            signed("ListTables", "eu-west-1");

            assertThat(dynamo.lastContext.region()).isEqualTo("eu-west-1");
            assertThat(dynamo.lastContext.accountId()).isEqualTo("000000000000");
            assertThat(dynamo.lastContext.requestId()).isEqualTo("REQUESTID");
        }

        @Test
        void credentialWithoutARegionDefaultsToUsEast1() {
            post("{}", "Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "DynamoDB_20120810.ListTables",
                    "Authorization", "AWS4-HMAC-SHA256 Credential=AKID, SignedHeaders=host, Signature=abc",
                    "X-Amz-Date", "20240101T000000Z");

            assertThat(dynamo.lastContext.region()).isEqualTo("us-east-1");
        }

        @Test
        void engineErrorIsRenderedWithItsTypeMessageAndExtraMembers() {
            ServerResponse response = signed("PutItem", "us-east-1");

            assertThat(response.status()).isEqualTo(400);
            assertThat(body(response)).isEqualTo(
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                            + "\"message\":\"The conditional request failed\",\"Item\":{\"id\":{\"S\":\"1\"}}}");
        }

        @Test
        void unexpectedEngineFailureIsInternalServerError() {
            ServerResponse response = signed("Scan", "us-east-1");

            assertThat(response.status()).isEqualTo(500);
            assertThat(body(response)).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
                    + "\"message\":\"Internal server error\"}");
            CRC32 crc = new CRC32();
            crc.update(response.body());
            assertThat(response.headers()).containsEntry("x-amz-crc32", Long.toString(crc.getValue()));
        }
    }

    @Nested
    class DurableWrite {

        private CompletableFuture<ServerResponse> updateItem() {
            ServerRequest request = new ServerRequest("POST", "/", Map.of(), new DefaultHttpHeaders()
                    .add("Content-Type", "application/x-amz-json-1.0")
                    .add("X-Amz-Target", "DynamoDB_20120810.UpdateItem")
                    .add("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request,"
                            + " SignedHeaders=host;x-amz-date, Signature=abc")
                    .add("X-Amz-Date", "20240101T000000Z"), "{}".getBytes(StandardCharsets.UTF_8), "REQUESTID");
            CompletionStage<ServerResponse> response = service.handleAsync(request, Runnable::run);
            return response.toCompletableFuture();
        }

        @Test
        void writeIsAnsweredOnlyOnceItsCommitHasFinishedWithoutHoldingTheWorker() {
            CompletableFuture<ServerResponse> response = updateItem();

            // the worker (here the calling thread) has returned although the commit is still running
            assertThat(dynamo.lastOperation).isEqualTo("UpdateItem");
            assertThat(response).isNotDone();
            dynamo.pendingCommit.complete("{}".getBytes(StandardCharsets.UTF_8));
            assertThat(response).isCompleted();
            assertThat(response.join().status()).isEqualTo(200);
            assertThat(body(response.join())).isEqualTo("{}");
            assertThat(response.join().operation()).isEqualTo("UpdateItem");
        }

        @Test
        void failedCommitIsInternalServerError() {
            CompletableFuture<ServerResponse> response = updateItem();

            dynamo.pendingCommit.completeExceptionally(new IllegalStateException("storage is closed"));
            assertThat(response.join().status()).isEqualTo(500);
            assertThat(body(response.join())).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
                    + "\"message\":\"Internal server error\"}");
        }
    }
}
