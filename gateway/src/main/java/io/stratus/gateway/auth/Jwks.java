package io.stratus.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON Web Key Set (RFC 7517): the RSA public keys JWT and Cognito authorizers verify signatures with,
 * by key id. Loaded once from a file or an {@code http(s)} URL given on the command line ({@code --jwks}).
 */
public final class Jwks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, PublicKey> keys;

    private Jwks(Map<String, PublicKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** A key set without keys: every token fails verification. */
    public static Jwks empty() {
        return new Jwks(Map.of());
    }

    /** Reads the key set at {@code location}: an {@code http://} or {@code https://} URL, else a file path. */
    public static Jwks load(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalArgumentException("JWKS " + location + " answered HTTP " + response.statusCode());
                }
                return parse(response.body());
            }
            return parse(Files.readString(Path.of(location)));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read JWKS " + location + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("Interrupted while reading JWKS " + location, e);
        }
    }

    /** Parses a key set document; keys other than RSA are skipped. */
    public static Jwks parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("JWKS is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("keys").isArray()) {
            throw new IllegalArgumentException("JWKS has no \"keys\" array");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (JsonNode key : root.get("keys")) {
            if (!"RSA".equals(key.path("kty").asText())) {
                continue;
            }
            try {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText()));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText()));
                keys.put(key.path("kid").asText(""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
            } catch (GeneralSecurityException | IllegalArgumentException ex) {
                throw new IllegalArgumentException("JWKS key " + key.path("kid").asText() + " is not a valid RSA key", ex);
            }
        }
        return new Jwks(keys);
    }

    /** The key with id {@code kid}; when the token names none and the set has one key, that key. */
    public PublicKey key(String kid) {
        if (kid == null) {
            return keys.size() == 1 ? keys.values().iterator().next() : null;
        }
        return keys.get(kid);
    }
}
