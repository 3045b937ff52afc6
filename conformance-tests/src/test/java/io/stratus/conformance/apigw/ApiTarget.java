package io.stratus.conformance.apigw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.conformance.target.SdkClients;
import io.stratus.server.StratusServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stratus started from the suite's SAM template (and a second Stratus from its CloudFormation template), a JWKS
 * the test's {@link Tokens} sign for, an API key given the way {@code --api-key} gives it, and an HTTP/1.1
 * client. One per JVM (see {@link ApiTargetExtension}).
 */
public final class ApiTarget implements AutoCloseable {

    /** The key accepted on {@code ApiKeyRequired} methods besides the template's own. */
    static final String CLI_API_KEY = "cli-key-0123456789abcdef";
    /** The issuer and audience the SAM template's JWT authorizer requires. */
    static final String ISSUER = "https://issuer.stratus.test";
    static final String AUDIENCE = "stratus-tests";
    /** The issuer of the Cognito user pool named in the template. */
    static final String COGNITO_ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Stratus";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final StratusServer sam;
    private final StratusServer cloudFormation;
    private final Tokens tokens;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ApiTarget(StratusServer sam, StratusServer cloudFormation, Tokens tokens) {
        this.sam = sam;
        this.cloudFormation = cloudFormation;
        this.tokens = tokens;
    }

    static ApiTarget start() {
        Tokens tokens = new Tokens("conformance-key");
        StratusServer sam = null;
        try {
            Path jwks = Files.createTempFile("stratus-apigw-jwks", ".json");
            jwks.toFile().deleteOnExit();
            Files.writeString(jwks, tokens.jwks());
            sam = builder("sam.yaml").jwks(jwks.toString()).apiKey(CLI_API_KEY).start();
            StratusServer cloudFormation = builder("cloudformation.yaml").start();
            return new ApiTarget(sam, cloudFormation, tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (sam != null) {
                sam.close();
            }
            throw e;
        }
    }

    /** A builder on a free loopback port for the template {@code name} in {@code src/test/resources/apigw/}. */
    static StratusServer.Builder builder(String name) {
        return StratusServer.builder().host("127.0.0.1").port(0).region(SdkClients.REGION.id())
                .template(template(name));
    }

    static Path template(String name) {
        try {
            return Path.of(ApiTarget.class.getResource("/apigw/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Stratus serving {@code sam.yaml}. */
    StratusServer sam() {
        return sam;
    }

    /** The Stratus serving {@code cloudformation.yaml}. */
    StratusServer cloudFormation() {
        return cloudFormation;
    }

    Tokens tokens() {
        return tokens;
    }

    /** A request to {@code pathAndQuery} (sent as written, percent-encoding included) on the SAM Stratus. */
    HttpRequest.Builder request(String pathAndQuery) {
        return request(sam, pathAndQuery);
    }

    /** A request to {@code pathAndQuery} on {@code server}. */
    HttpRequest.Builder request(StratusServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.endpoint() + pathAndQuery)).timeout(TIMEOUT);
    }

    /** Sends {@code request} and reads the body as bytes. */
    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code request} and reads the body as UTF-8 text. */
    HttpResponse<String> text(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The event a {@code RawEchoHandler} route received: the body of its 200 response. */
    JsonNode echoedEvent(HttpRequest.Builder request) {
        HttpResponse<String> response = text(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200 from the echo function, got " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP client, for tests that send concurrently. */
    HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            sam.close();
        } finally {
            cloudFormation.close();
        }
    }
}
