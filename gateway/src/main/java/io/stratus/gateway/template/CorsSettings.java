package io.stratus.gateway.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CORS settings: SAM REST {@code Cors} (values are header values in single quotes, e.g.
 * {@code "'GET,POST'"}, as SAM passes them straight into the OPTIONS mock integration) and HTTP API
 * {@code CorsConfiguration} ({@code true}, or lists as {@code AWS::ApiGatewayV2::Api.Cors} takes them).
 */
final class CorsSettings {

    private static final List<String> ANY = List.of("*");

    private CorsSettings() {
    }

    /** SAM {@code AWS::Serverless::Api.Cors}: a quoted origin, or a map of quoted header values. */
    static CorsPolicy samRest(ResolvedProperties api, String path) {
        Object value = api.raw("Cors");
        if (value instanceof Map<?, ?>) {
            ResolvedProperties cors = api.map("Cors");
            String origin = cors.string("AllowOrigin");
            if (origin == null) {
                throw TemplateException.at(path, "AllowOrigin is required in Cors");
            }
            String maxAge = unquote(cors.string("MaxAge"));
            return new CorsPolicy(List.of(unquote(origin)), split(unquote(cors.string("AllowMethods"))),
                    split(unquote(cors.string("AllowHeaders"))), List.of(),
                    maxAge == null || maxAge.isBlank() ? -1 : Integer.parseInt(maxAge.trim()),
                    cors.bool("AllowCredentials", false));
        }
        String origin = api.string("Cors");
        return new CorsPolicy(List.of(unquote(origin)), List.of(), List.of(), List.of(), -1, false);
    }

    /** HTTP API {@code CorsConfiguration} (SAM) or {@code Cors} ({@code AWS::ApiGatewayV2::Api}). */
    static CorsPolicy http(ResolvedProperties api, String key) {
        Object value = api.raw(key);
        if (!(value instanceof Map<?, ?>)) {
            return "true".equalsIgnoreCase(String.valueOf(value))
                    ? new CorsPolicy(ANY, ANY, ANY, List.of(), -1, false) : null;
        }
        ResolvedProperties cors = api.map(key);
        return new CorsPolicy(cors.strings("AllowOrigins"), upper(cors.strings("AllowMethods")),
                cors.strings("AllowHeaders"), cors.strings("ExposeHeaders"), cors.integer("MaxAge", -1),
                cors.bool("AllowCredentials", false));
    }

    private static List<String> upper(List<String> methods) {
        return methods.stream().map(m -> m.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static String unquote(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    out.add(item.trim());
                }
            }
        }
        return out;
    }
}
