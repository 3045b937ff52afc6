package io.stratus.gateway.proxy;

import io.stratus.gateway.auth.Jwks;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * How the gateway runs.
 *
 * @param region                 the region in method ARNs and default domain names
 * @param accountId              {@code requestContext.accountId}
 * @param restTimeout            REST integration timeout (29 s by default, the documented maximum before 2024)
 * @param httpTimeout            HTTP API integration timeout (30 s, the fixed maximum)
 * @param apiKeys                API keys accepted on {@code ApiKeyRequired} methods besides the template's
 * @param jwks                   the keys JWT and Cognito authorizers verify with ({@code --jwks})
 * @param clock                  time for token expiry, authorizer caching and request times
 */
public record GatewaySettings(String region, String accountId, Duration restTimeout, Duration httpTimeout,
                              Set<String> apiKeys, Jwks jwks, Clock clock) {

    /** REST: "Integration timeout: 50 milliseconds - 29 seconds" ("Amazon API Gateway quotas"). */
    public static final Duration REST_INTEGRATION_TIMEOUT = Duration.ofSeconds(29);
    /** HTTP APIs: "Maximum integration timeout: 30 seconds" ("Quotas for configuring and running an HTTP API"). */
    public static final Duration HTTP_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    /** Copies the key set so the record stays immutable. */
    public GatewaySettings {
        apiKeys = Set.copyOf(apiKeys);
    }

    /** us-east-1, account 000000000000, AWS's timeouts, no extra keys, no JWKS, the system clock. */
    public static GatewaySettings defaults() {
        return new GatewaySettings("us-east-1", "000000000000", REST_INTEGRATION_TIMEOUT, HTTP_INTEGRATION_TIMEOUT,
                Set.of(), Jwks.empty(), Clock.systemUTC());
    }

    /** These settings with {@code region} and {@code accountId}. */
    public GatewaySettings withAccount(String region, String accountId) {
        return new GatewaySettings(region, accountId, restTimeout, httpTimeout, apiKeys, jwks, clock);
    }

    /** These settings with other integration timeouts; tests use short ones. */
    public GatewaySettings withTimeouts(Duration rest, Duration http) {
        return new GatewaySettings(region, accountId, rest, http, apiKeys, jwks, clock);
    }

    /** These settings with {@code apiKeys} accepted too. */
    public GatewaySettings withApiKeys(Set<String> keys) {
        return new GatewaySettings(region, accountId, restTimeout, httpTimeout, keys, jwks, clock);
    }

    /** These settings verifying tokens with {@code keys}. */
    public GatewaySettings withJwks(Jwks keys) {
        return new GatewaySettings(region, accountId, restTimeout, httpTimeout, apiKeys, keys, clock);
    }

    /** These settings with another clock. */
    public GatewaySettings withClock(Clock other) {
        return new GatewaySettings(region, accountId, restTimeout, httpTimeout, apiKeys, jwks, other);
    }
}
