package io.stratus.server.apigw;

import io.stratus.gateway.template.ApiDefinition;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the template's APIs are reachable on the local endpoint, and the local twin of an AWS
 * {@code https://{apiId}.execute-api.{region}.amazonaws.com/...} URL (as a template's Outputs build them).
 *
 * <p>An API with a named stage is based at {@code /{stage}} (REST's {@code Prod}, an HTTP API's {@code dev}),
 * as its invoke URL on AWS is; an HTTP API on {@code $default} is based at the root.
 */
public final class ApiUrls {

    /** {@code https://{apiId}.execute-api.{region}.amazonaws.com[.cn]} and the rest of the URL. */
    private static final Pattern EXECUTE_API =
            Pattern.compile("https?://([a-z0-9]{10})\\.execute-api\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?(.*)");

    private final URI endpoint;
    private final Map<String, ApiDefinition> byApiId = new LinkedHashMap<>();
    private final Map<String, URI> byLogicalId = new LinkedHashMap<>();

    /** The URLs of {@code apis} on {@code endpoint} (e.g. {@code http://127.0.0.1:4566}). */
    public ApiUrls(URI endpoint, List<ApiDefinition> apis) {
        this.endpoint = endpoint;
        for (ApiDefinition api : apis) {
            byApiId.put(api.apiId(), api);
            byLogicalId.put(api.logicalId(), base(endpoint, api));
        }
    }

    /** API logical id → local base URL, in template order. */
    public Map<String, URI> byLogicalId() {
        return Collections.unmodifiableMap(byLogicalId);
    }

    /** The local base URL of {@code api}: the endpoint, plus {@code /{stage}} unless the stage is {@code $default}. */
    public static URI base(URI endpoint, ApiDefinition api) {
        return api.hasDefaultStage() ? endpoint : URI.create(endpoint + "/" + api.stage());
    }

    /** The local URL of {@code route}'s resource path under {@code api}, e.g. {@code http://127.0.0.1:4566/Prod/items/{id}}. */
    public String routeUrl(ApiDefinition api, String path) {
        // A String, not a URI: a route path's {id} and {proxy+} are not legal in a URI.
        return byLogicalId.get(api.logicalId()) + (path.equals("/") && !api.hasDefaultStage() ? "/" : path);
    }

    /**
     * The local URL for an AWS execute-api URL of one of the template's APIs: the host swapped for the local
     * endpoint, the path (stage included) kept; empty for any other value.
     */
    public Optional<String> local(String value) {
        Matcher m = EXECUTE_API.matcher(value);
        if (!m.matches() || !byApiId.containsKey(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(endpoint + m.group(2));
    }
}
