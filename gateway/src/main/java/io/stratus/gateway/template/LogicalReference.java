package io.stratus.gateway.template;

import java.util.List;
import java.util.Map;

/**
 * The logical id an unresolved property points at: {@code !Ref X}, {@code !GetAtt X.Attr} or a bare
 * logical id. API properties such as {@code RestApiId} must be read before resolution, because resolving
 * them yields the physical id, which no longer names the resource.
 */
final class LogicalReference {

    private LogicalReference() {
    }

    /** The referenced logical id, or {@code null} when {@code raw} is no reference. */
    static String of(Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        if (raw instanceof Map<?, ?> map && map.size() == 1) {
            Object ref = map.get("Ref");
            if (ref instanceof String id) {
                return id;
            }
            Object getAtt = map.get("Fn::GetAtt");
            if (getAtt instanceof List<?> parts && !parts.isEmpty() && parts.get(0) instanceof String id) {
                return id;
            }
            if (getAtt instanceof String dotted) {
                int dot = dotted.indexOf('.');
                return dot < 0 ? dotted : dotted.substring(0, dot);
            }
        }
        return null;
    }

    /** The attribute of a {@code !GetAtt}, or {@code null}. */
    static String attribute(Object raw) {
        if (raw instanceof Map<?, ?> map && map.size() == 1) {
            Object getAtt = map.get("Fn::GetAtt");
            if (getAtt instanceof List<?> parts && parts.size() == 2 && parts.get(1) instanceof String attr) {
                return attr;
            }
            if (getAtt instanceof String dotted && dotted.indexOf('.') > 0) {
                return dotted.substring(dotted.indexOf('.') + 1);
            }
        }
        return null;
    }

    /**
     * The function name inside a Lambda ARN or an API Gateway integration URI
     * ({@code arn:aws:apigateway:r:lambda:path/2015-03-31/functions/arn:aws:lambda:r:a:function:NAME/invocations}),
     * or {@code null} when neither names a function.
     */
    static String functionName(String arnOrUri) {
        if (arnOrUri == null) {
            return null;
        }
        int marker = arnOrUri.lastIndexOf(":function:");
        if (marker < 0) {
            return null;
        }
        String rest = arnOrUri.substring(marker + ":function:".length());
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == ':') {
                end = i;
                break;
            }
        }
        return end == 0 ? null : rest.substring(0, end);
    }
}
