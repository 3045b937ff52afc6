package io.stratus.gateway.auth;

import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an authorizer's identity sources from a request. REST spells them
 * {@code method.request.header.X}, {@code method.request.querystring.X}, {@code stageVariables.X},
 * {@code context.X}; HTTP APIs {@code $request.header.X}, {@code $request.querystring.X},
 * {@code $stageVariables.X}, {@code $context.X}. Header names are case-insensitive, query names are not.
 */
public final class IdentitySources {

    private IdentitySources() {
    }

    /**
     * The value of each source in order, or {@code null} when any is missing or empty: API Gateway then
     * answers 401 without invoking the authorizer.
     */
    public static List<String> values(List<String> sources, ApiRequest request, Map<String, String> stageVariables,
                                      Map<String, String> context) {
        List<String> values = new ArrayList<>(sources.size());
        Map<String, List<String>> query = null;
        for (String source : sources) {
            String s = source.startsWith("$") ? source.substring(1) : source;
            String value;
            if (s.startsWith("method.request.header.") || s.startsWith("request.header.")) {
                value = joined(request.headerValues(s.substring(s.lastIndexOf("header.") + "header.".length())));
            } else if (s.startsWith("method.request.querystring.") || s.startsWith("request.querystring.")) {
                query = query == null ? QueryString.parse(request.rawQueryString()) : query;
                value = joined(query.get(s.substring(s.lastIndexOf("querystring.") + "querystring.".length())));
            } else if (s.startsWith("stageVariables.")) {
                value = stageVariables.get(s.substring("stageVariables.".length()));
            } else if (s.startsWith("context.")) {
                value = context.get(s.substring("context.".length()));
            } else {
                value = null;
            }
            if (value == null || value.isEmpty()) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
