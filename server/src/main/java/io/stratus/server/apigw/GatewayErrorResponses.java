package io.stratus.server.apigw;

import io.stratus.gateway.errors.GatewayException;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders the gateway's canned errors: the catalogue's exact body, {@code application/json} and {@code x-amzn-ErrorType}. */
public final class GatewayErrorResponses {

    /** The header naming the error, as in "Setting up gateway responses to customize error responses". */
    public static final String ERROR_TYPE = "x-amzn-ErrorType";

    private GatewayErrorResponses() {
    }

    /** The response for {@code error}. */
    public static ServerResponse render(GatewayException error) {
        return new ServerResponse(error.error().status(), "application/json",
                error.body().getBytes(StandardCharsets.UTF_8), Map.of(ERROR_TYPE, error.error().errorType()),
                error.error().name());
    }
}
