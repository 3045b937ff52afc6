package io.stratus.server.lambda;

import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /2015-03-31/functions/}: the functions in name order, {@code MaxItems} at a time (Lambda's default
 * and maximum page is 50), with an opaque {@code NextMarker} while more remain.
 */
final class ListFunctions {

    static final String NAME = "ListFunctions";

    /** "ListFunctions returns a maximum of 50 items in each response" (Lambda API reference). */
    static final int MAX_PAGE = 50;
    /** The model's range for MaxItems. */
    private static final int MAX_ITEMS_LIMIT = 10_000;

    private final LambdaApiContext context;

    ListFunctions(LambdaApiContext context) {
        this.context = context;
    }

    ServerResponse handle(ServerRequest request) {
        int maxItems = maxItems(LambdaApiContext.queryParameter(request, "MaxItems"));
        String after = marker(LambdaApiContext.queryParameter(request, "Marker"));
        List<FunctionConfig> all = context.host().functions().stream()
                .sorted(Comparator.comparing(FunctionConfig::functionName))
                .filter(f -> after == null || f.functionName().compareTo(after) > 0)
                .toList();
        List<FunctionConfig> page = all.subList(0, Math.min(Math.min(maxItems, MAX_PAGE), all.size()));
        byte[] body = LambdaApiContext.json(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("Functions");
            for (FunctionConfig function : page) {
                context.writer().write(json, context.catalog().details(function));
            }
            json.writeEndArray();
            if (page.size() < all.size()) {
                json.writeStringField("NextMarker", encode(page.get(page.size() - 1).functionName()));
            }
            json.writeEndObject();
        });
        return LambdaApiContext.ok(body, NAME);
    }

    private static int maxItems(String value) {
        if (value == null) {
            return MAX_PAGE;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw LambdaApiError.outOfRange(value, "maxItems", "greater than or equal to 1");
        }
        if (parsed < 1) {
            throw LambdaApiError.outOfRange(value, "maxItems", "greater than or equal to 1");
        }
        if (parsed > MAX_ITEMS_LIMIT) {
            throw LambdaApiError.outOfRange(value, "maxItems", "less than or equal to " + MAX_ITEMS_LIMIT);
        }
        return parsed;
    }

    /** The marker is the last listed name, base64url-encoded so clients treat it as opaque, as Lambda's is. */
    private static String encode(String functionName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(functionName.getBytes(StandardCharsets.UTF_8));
    }

    private static String marker(String marker) {
        if (marker == null || marker.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not one of ours: Lambda rejects a foreign marker as an invalid parameter.
            throw LambdaApiError.invalidParameter("Invalid marker: " + marker);
        }
    }
}
