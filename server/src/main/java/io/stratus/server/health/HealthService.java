package io.stratus.server.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.server.netty.HttpService;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers {@code GET /_stratus/health} with the running services and the Stratus version, e.g.
 * {@code {"status":"running","services":{"dynamodb":"running"},"version":"0.1.0"}} (services by name).
 */
public final class HealthService implements HttpService {

    /** The health endpoint's path; the {@code _stratus} prefix cannot clash with an AWS API path. */
    public static final String PATH = "/_stratus/health";

    private final byte[] body;

    /** A health endpoint reporting {@code services} (name → state) and {@code version}. */
    public HealthService(Map<String, String> services, String version) {
        // Everything reported is fixed for the server's lifetime, so the body is built once; a bare
        // generator avoids building an ObjectMapper during start-up.
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("status", "running");
            json.writeObjectFieldStart("services");
            for (Map.Entry<String, String> service : new TreeMap<>(services).entrySet()) {
                json.writeStringField(service.getKey(), service.getValue());
            }
            json.writeEndObject();
            json.writeStringField("version", version);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        this.body = out.toByteArray();
    }

    @Override
    public String name() {
        return "Health";
    }

    @Override
    public boolean accepts(ServerRequest request) {
        return PATH.equals(request.path()) && ("GET".equals(request.method()) || "HEAD".equals(request.method()));
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        return ServerResponse.of(200, "application/json", body, request.method());
    }
}
