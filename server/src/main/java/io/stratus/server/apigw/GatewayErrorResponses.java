package io.stratus.server.apigw;

import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the gateway's canned errors: the catalogue's exact body, {@code application/json} and {@code x-amzn-ErrorType}. */
public final class GatewayErrorResponses {

    /** The header naming the error, as in "Setting up gateway responses to customize error responses". */
    public static final String ERROR_TYPE = "x-amzn-ErrorType";

    private GatewayErrorResponses() {
    }

    /** The response for {@code error}, with the headers the gateway attached to it (CORS). */
    public static ServerResponse render(GatewayException error) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ERROR_TYPE, error.error().errorType());
        for (HttpHeader header : error.headers()) {
            headers.put(header.name(), header.value());
        }
        return new ServerResponse(error.error().status(), "application/json",
                error.body().getBytes(StandardCharsets.UTF_8), headers, error.error().name());
    }
}
