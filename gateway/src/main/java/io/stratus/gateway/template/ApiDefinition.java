package io.stratus.gateway.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One REST or HTTP API of the template, as the gateway serves it.
 *
 * @param logicalId        the API's logical id ({@code ServerlessRestApi} / {@code ServerlessHttpApi} when implicit)
 * @param kind             REST or HTTP
 * @param apiId            the ten-character API id, the same one {@code !Ref} yields
 * @param stage            the stage name ({@code Prod} for SAM's implicit REST API, {@code $default} for HTTP APIs)
 * @param stageVariables   the stage's variables; empty when there are none
 * @param routes           the routes, in template order
 * @param cors             the CORS settings, or {@code null} when CORS is not configured
 * @param binaryMediaTypes media types whose bodies travel base64-encoded (REST; {@code ~1} already read as {@code /})
 * @param authorizers      authorizers by name
 * @param apiKeys          the enabled API key values an {@code ApiKeyRequired} route accepts
 */
public record ApiDefinition(String logicalId, ApiKind kind, String apiId, String stage,
                            Map<String, String> stageVariables, List<ApiRoute> routes, CorsPolicy cors,
                            List<String> binaryMediaTypes, Map<String, AuthorizerDefinition> authorizers,
                            List<String> apiKeys) {

    /** The stage HTTP APIs are served from at the root of their URL. */
    public static final String DEFAULT_STAGE = "$default";

    /** Copies the collections so the record stays immutable and keeps template order. */
    public ApiDefinition {
        stageVariables = Collections.unmodifiableMap(new LinkedHashMap<>(stageVariables));
        routes = List.copyOf(routes);
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
        authorizers = Collections.unmodifiableMap(new LinkedHashMap<>(authorizers));
        apiKeys = List.copyOf(apiKeys);
    }

    /** Whether the stage is {@code $default}, which is served without a stage prefix only. */
    public boolean hasDefaultStage() {
        return DEFAULT_STAGE.equals(stage);
    }

    /** The authorizer named {@code name}, or {@code null}. */
    public AuthorizerDefinition authorizer(String name) {
        return name == null ? null : authorizers.get(name);
    }
}
