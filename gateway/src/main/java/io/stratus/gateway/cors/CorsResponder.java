package io.stratus.gateway.cors;

import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.response.ProxyResponse;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.CorsPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers preflight requests and decorates responses per the API's {@link CorsPolicy}.
 *
 * <p>REST: SAM's generated OPTIONS method is a mock integration returning 200 with
 * {@code Access-Control-Allow-Origin}, {@code -Methods} (the resource's methods plus OPTIONS, unless the
 * template lists them), {@code -Headers}, {@code -Max-Age} and {@code -Allow-Credentials} as configured
 * ("sam-property-api-corsconfiguration"). HTTP APIs: a preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) is answered 204 whether or not an OPTIONS route exists, and an
 * allowed origin gets {@code access-control-allow-origin} on every response ("Configuring CORS for an
 * HTTP API").
 */
public final class CorsResponder {

    private static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private CorsResponder() {
    }

    /**
     * The gateway's answer to an OPTIONS request, or {@code null} when the function should get it.
     *
     * @param resourceMethods the methods the matched resource declares (REST), for {@code Allow-Methods}
     */
    public static ProxyResponse preflight(ApiDefinition api, ApiRequest request, Set<String> resourceMethods) {
        CorsPolicy cors = api.cors();
        if (cors == null || !request.method().equals("OPTIONS")) {
            return null;
        }
        List<HttpHeader> headers = new ArrayList<>();
        if (api.kind() == ApiKind.REST) {
            if (resourceMethods.contains("OPTIONS")) {
                return null;  // the template's own OPTIONS method wins; SAM adds none then
            }
            headers.add(new HttpHeader("Access-Control-Allow-Origin", String.join(",", cors.allowOrigins())));
            headers.add(new HttpHeader("Access-Control-Allow-Methods", cors.allowMethods().isEmpty()
                    ? String.join(",", restMethods(resourceMethods)) : String.join(",", cors.allowMethods())));
            if (!cors.allowHeaders().isEmpty()) {
                headers.add(new HttpHeader("Access-Control-Allow-Headers", String.join(",", cors.allowHeaders())));
            }
            if (cors.maxAgeSeconds() >= 0) {
                headers.add(new HttpHeader("Access-Control-Max-Age", Integer.toString(cors.maxAgeSeconds())));
            }
            if (cors.allowCredentials()) {
                headers.add(new HttpHeader("Access-Control-Allow-Credentials", "true"));
            }
            headers.add(new HttpHeader("Content-Type", "application/json"));
            return new ProxyResponse(200, headers, new byte[0]);
        }
        String origin = request.header("Origin");
        String requestedMethod = request.header("Access-Control-Request-Method");
        if (origin == null || requestedMethod == null) {
            return null;
        }
        String allowedOrigin = allowedOrigin(cors, origin);
        if (allowedOrigin != null && (cors.allowMethods().contains("*")
                || cors.allowMethods().contains(requestedMethod.toUpperCase(Locale.ROOT)))) {
            headers.add(new HttpHeader("access-control-allow-origin", allowedOrigin));
            headers.add(new HttpHeader("access-control-allow-methods", String.join(",", cors.allowMethods())));
            String requestedHeaders = request.header("Access-Control-Request-Headers");
            if (!cors.allowHeaders().isEmpty()) {
                headers.add(new HttpHeader("access-control-allow-headers", cors.allowHeaders().contains("*")
                        && requestedHeaders != null ? requestedHeaders.toLowerCase(Locale.ROOT)
                        : String.join(",", cors.allowHeaders()).toLowerCase(Locale.ROOT)));
            }
            if (cors.maxAgeSeconds() >= 0) {
                headers.add(new HttpHeader("access-control-max-age", Integer.toString(cors.maxAgeSeconds())));
            }
            if (cors.allowCredentials()) {
                headers.add(new HttpHeader("access-control-allow-credentials", "true"));
            }
        }
        return new ProxyResponse(204, headers, new byte[0]);
    }

    /** HTTP APIs: the response with the function's CORS headers replaced by the gateway's. */
    public static ProxyResponse decorate(ApiDefinition api, ApiRequest request, ProxyResponse response) {
        if (api.cors() == null || api.kind() != ApiKind.HTTP || request.header("Origin") == null) {
            return response;
        }
        List<HttpHeader> headers = new ArrayList<>();
        for (HttpHeader h : response.headers()) {
            if (!h.name().toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                headers.add(h);
            }
        }
        headers.addAll(responseHeaders(api, request));
        return new ProxyResponse(response.status(), headers, response.body());
    }

    /**
     * The CORS headers of a response to a cross-origin request: for HTTP APIs with a {@code CorsConfiguration}
     * and an allowed {@code Origin}, {@code access-control-allow-origin} plus the configured expose and
     * credentials headers; none otherwise. The gateway puts them on its own error responses too (401 from an
     * authorizer, 404, 500...), so a browser can read the error (observed on HTTP APIs; REST APIs add
     * CORS headers to gateway responses only through {@code GatewayResponses}, which Stratus does not model).
     */
    public static List<HttpHeader> responseHeaders(ApiDefinition api, ApiRequest request) {
        CorsPolicy cors = api.cors();
        String origin = request.header("Origin");
        if (cors == null || api.kind() != ApiKind.HTTP || origin == null) {
            return List.of();
        }
        String allowed = allowedOrigin(cors, origin);
        if (allowed == null) {
            return List.of();
        }
        List<HttpHeader> headers = new ArrayList<>();
        headers.add(new HttpHeader("access-control-allow-origin", allowed));
        if (!cors.exposeHeaders().isEmpty()) {
            headers.add(new HttpHeader("access-control-expose-headers", String.join(",", cors.exposeHeaders())));
        }
        if (cors.allowCredentials()) {
            headers.add(new HttpHeader("access-control-allow-credentials", "true"));
        }
        return headers;
    }

    private static String allowedOrigin(CorsPolicy cors, String origin) {
        if (cors.allowOrigins().contains("*")) {
            return "*";
        }
        for (String allowed : cors.allowOrigins()) {
            if (allowed.equalsIgnoreCase(origin)) {
                return origin;
            }
        }
        return null;
    }

    private static Set<String> restMethods(Set<String> declared) {
        Set<String> methods = new TreeSet<>();
        for (String m : declared) {
            if (m.equals("ANY")) {
                methods.addAll(ALL_METHODS);
            } else {
                methods.add(m);
            }
        }
        methods.add("OPTIONS");
        return methods;
    }
}
