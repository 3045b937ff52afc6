package io.stratus.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Verifies a JSON Web Token the way JWT and Cognito authorizers do: RS256/RS384/RS512 signature against the
 * JWKS key named by {@code kid}, then {@code exp} and {@code nbf} against the clock, then the issuer and the
 * audience ({@code aud}, or {@code client_id} for Cognito access tokens) when the authorizer pins them.
 * See "Controlling access to HTTP APIs with JWT authorizers".
 */
public final class JwtVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private final Jwks jwks;
    private final Clock clock;

    /** A verifier with {@code jwks} and the time of {@code clock}. */
    public JwtVerifier(Jwks jwks, Clock clock) {
        this.jwks = jwks;
        this.clock = clock;
    }

    /** A token that failed verification; the reason is for logs, the client only sees 401. */
    public static final class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String reason) {
            super(reason);
        }
    }

    /**
     * Verifies {@code token} (a leading {@code Bearer } is dropped) and returns its claims.
     *
     * @param issuer    the required {@code iss}, or {@code null} to accept any
     * @param audiences accepted {@code aud} / {@code client_id} values; empty accepts any
     */
    public JsonNode verify(String token, String issuer, List<String> audiences) throws InvalidTokenException {
        String jwt = token.regionMatches(true, 0, "Bearer ", 0, 7) ? token.substring(7).trim() : token.trim();
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a JWS compact serialization");
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        String algorithm = ALGORITHMS.get(header.path("alg").asText());
        if (algorithm == null) {
            throw new InvalidTokenException("unsupported alg " + header.path("alg").asText());
        }
        PublicKey key = jwks.key(header.hasNonNull("kid") ? header.get("kid").asText() : null);
        if (key == null) {
            throw new InvalidTokenException("no JWKS key for kid " + header.path("kid").asText());
        }
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("signature does not verify: " + e.getMessage());
        }
        long now = clock.millis() / 1000;
        if (!claims.path("exp").canConvertToLong() || claims.get("exp").asLong() <= now) {
            throw new InvalidTokenException("token expired or without exp");
        }
        if (claims.has("nbf") && claims.get("nbf").asLong() > now) {
            throw new InvalidTokenException("token not yet valid");
        }
        if (issuer != null && !issuer.equals(claims.path("iss").asText(null))) {
            throw new InvalidTokenException("issuer " + claims.path("iss").asText() + " is not " + issuer);
        }
        if (!audiences.isEmpty() && !audienceMatches(claims, audiences)) {
            throw new InvalidTokenException("audience does not match");
        }
        return claims;
    }

    private static boolean audienceMatches(JsonNode claims, List<String> audiences) {
        List<String> presented = new ArrayList<>();
        JsonNode aud = claims.get("aud");
        if (aud != null && aud.isArray()) {
            aud.forEach(a -> presented.add(a.asText()));
        } else if (aud != null) {
            presented.add(aud.asText());
        }
        if (claims.hasNonNull("client_id")) {
            presented.add(claims.get("client_id").asText());
        }
        return presented.stream().anyMatch(audiences::contains);
    }

    /** The scopes a token grants: {@code scope} (space-separated) or {@code scp} (a list or a string). */
    public static List<String> scopes(JsonNode claims) {
        List<String> scopes = new ArrayList<>();
        for (String name : List.of("scope", "scp")) {
            JsonNode value = claims.get(name);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(s -> scopes.add(s.asText()));
            } else {
                for (String s : value.asText().split(" ")) {
                    if (!s.isBlank()) {
                        scopes.add(s);
                    }
                }
            }
        }
        return scopes;
    }

    private static JsonNode decode(String part) throws InvalidTokenException {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            if (node == null || !node.isObject()) {
                throw new InvalidTokenException("JWT part is not a JSON object");
            }
            return node;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException("JWT part is not base64url JSON");
        }
    }
}
