package io.stratus.conformance.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Sends hand-made DynamoDB JSON-protocol requests with {@link HttpClient}, for what the SDK cannot
 * send (malformed JSON, unknown operations, no signature). Requests are signed with SigV4 by the
 * SDK's signer unless a test asks otherwise, so the same tests run against real DynamoDB.
 */
public final class RawDynamoDb {

    /** DynamoDB's JSON-protocol content type. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    /** The X-Amz-Target prefix of every DynamoDB operation. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";

    /** Headers {@link HttpClient} sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final Target target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A raw client for the target's endpoint, region and credentials. */
    public RawDynamoDb(Target target) {
        this.target = target;
    }

    /** One HTTP response, with header names lower-cased. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** POSTs {@code body} as operation {@code operation}, signed. */
    public Response send(String operation, String body) {
        return send(operation, body, true);
    }

    /** POSTs {@code body} as operation {@code operation}, signed or with no Authorization header at all. */
    public Response send(String operation, String body, boolean signed) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        URI uri = target.endpoint().resolve("/");
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("X-Amz-Target", TARGET_PREFIX + operation)
                .build();
        SdkHttpRequest request = signed ? sign(unsigned, payload) : unsigned;

        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        request.forEachHeader((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during POST " + uri, e);
        }
    }

    private SdkHttpRequest sign(SdkHttpFullRequest request, byte[] payload) {
        return AwsV4HttpSigner.create().sign(r -> r
                .identity(target.credentials().resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                .putProperty(AwsV4HttpSigner.REGION_NAME, target.region().id()))
                .request();
    }
}
