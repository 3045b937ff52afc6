package io.stratus.gateway.event;

import io.stratus.gateway.template.ApiKind;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a request body travels to the function base64-encoded. REST APIs encode exactly the
 * bodies whose {@code Content-Type} matches one of the API's binary media types (wildcards such as
 * {@code image/*} and {@code *}{@code /*} allowed). HTTP APIs pass text-like media types as text and
 * encode everything else, {@code application/x-www-form-urlencoded} included (observed: HTTP API form posts
 * arrive base64-encoded).
 */
public final class BodyEncoding {

    private BodyEncoding() {
    }

    /** Whether the body is sent base64-encoded. */
    public static boolean isBase64(ApiKind kind, String contentType, List<String> binaryMediaTypes) {
        String type = mediaType(contentType);
        if (kind == ApiKind.REST) {
            if (type == null) {
                return false;
            }
            for (String binary : binaryMediaTypes) {
                if (matches(binary.toLowerCase(Locale.ROOT), type)) {
                    return true;
                }
            }
            return false;
        }
        return type != null && !isText(type);
    }

    static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/graphql");
    }

    private static boolean matches(String pattern, String type) {
        if (pattern.equals("*/*") || pattern.equals(type)) {
            return true;
        }
        return pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1));
    }

    /** The media type of a {@code Content-Type} in lower case, parameters dropped; {@code null} when absent. */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
