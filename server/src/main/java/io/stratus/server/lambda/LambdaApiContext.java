package io.stratus.server.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaException;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What every Lambda operation shares: the host, the catalog of function details, the configuration writer, and
 * the lookup of a function reference (name or ARN, plus {@code Qualifier}) that all of them start with.
 *
 * @param host    runs the functions
 * @param catalog LastModified, RevisionId and code digests
 * @param writer  renders FunctionConfiguration objects and ARNs
 */
public record LambdaApiContext(LambdaHost host, FunctionCatalog catalog, FunctionConfigurationWriter writer) {

    /** The only version Stratus publishes: functions are never versioned. */
    public static final String LATEST = "$LATEST";

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The function a request names. A qualifier (in the reference or the {@code Qualifier} parameter) other than
     * {@code $LATEST} names a version or alias that cannot exist, so it is not found, as in Lambda.
     *
     * @throws LambdaException ResourceNotFoundException with Lambda's message
     */
    public FunctionConfig function(FunctionReference reference, ServerRequest request) {
        String qualifier = reference.qualifier() != null ? reference.qualifier() : queryParameter(request, "Qualifier");
        FunctionConfig config = host.function(reference.name()).orElse(null);
        if (qualifier != null && !qualifier.equals(LATEST)) {
            throw LambdaException.functionNotFound(writer.functionArn(reference.name()) + ":" + qualifier);
        }
        if (config == null) {
            throw LambdaException.functionNotFound(writer.functionArn(reference.name()));
        }
        return config;
    }

    /** The first value of a query parameter, or null. */
    static String queryParameter(ServerRequest request, String name) {
        List<String> values = request.query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Writes a JSON body into bytes. */
    static byte[] json(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** A 200 JSON response. */
    static ServerResponse ok(byte[] body, String operation) {
        return ServerResponse.of(200, "application/json", body, operation);
    }

    /** Writes one response body. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }
}
