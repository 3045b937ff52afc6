package io.stratus.gateway.auth;

import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.template.ApiDefinition;
import java.util.Set;

/**
 * The {@code x-api-key} check of {@code ApiKeyRequired} methods: the key must be one of the template's
 * enabled {@code AWS::ApiGateway::ApiKey} values or one given on the command line, else 403
 * {@code Forbidden} ({@code INVALID_API_KEY}). Usage plans are not modelled: any known key opens any API.
 */
public final class ApiKeys {

    /** The header clients send the key in. */
    public static final String HEADER = "x-api-key";

    private final Set<String> configured;

    /** A check that also accepts {@code configured} keys. */
    public ApiKeys(Set<String> configured) {
        this.configured = Set.copyOf(configured);
    }

    /**
     * Returns the accepted key.
     *
     * @throws GatewayException 403 when the key is missing or unknown
     */
    public String require(ApiDefinition api, ApiRequest request) {
        String key = request.header(HEADER);
        if (key == null || !(api.apiKeys().contains(key) || configured.contains(key))) {
            throw new GatewayException(GatewayError.FORBIDDEN, null, "API key missing or invalid");
        }
        return key;
    }
}
