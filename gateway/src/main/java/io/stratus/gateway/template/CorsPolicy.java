package io.stratus.gateway.template;

import java.util.List;

/**
 * The CORS settings of an API: REST {@code Cors} (answered by a generated OPTIONS method) or HTTP API
 * {@code CorsConfiguration} (applied by the gateway to every response).
 *
 * @param allowOrigins     allowed origins; {@code *} allows any
 * @param allowMethods     allowed methods; {@code *} allows any
 * @param allowHeaders     allowed request headers; {@code *} allows any
 * @param exposeHeaders    headers browsers may read (HTTP APIs only)
 * @param maxAgeSeconds    {@code Access-Control-Max-Age}, or -1 to send none
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent
 */
public record CorsPolicy(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
                         List<String> exposeHeaders, int maxAgeSeconds, boolean allowCredentials) {

    /** Copies the lists so the record stays immutable. */
    public CorsPolicy {
        allowOrigins = List.copyOf(allowOrigins);
        allowMethods = List.copyOf(allowMethods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }
}
