package io.stratus.gateway.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Ids API Gateway puts in events besides the request id: the {@code extendedRequestId} (base64 of eleven
 * bytes ending in {@code =}, e.g. {@code JJbxmHEHPHcF3ug=}) and a resource's six-character {@code resourceId}.
 * Both derive from a hash, so the same input always gets the same id.
 */
public final class EventIds {

    private static final String RESOURCE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private EventIds() {
    }

    /** The extended request id for {@code requestId}. */
    public static String extendedRequestId(String requestId) {
        byte[] hash = sha256(requestId);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(hash, 11));
    }

    /** The resource id of {@code resourcePath} in API {@code apiId}. */
    public static String resourceId(String apiId, String resourcePath) {
        byte[] hash = sha256(apiId + resourcePath);
        StringBuilder out = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            out.append(RESOURCE_ALPHABET.charAt((hash[i] & 0xFF) % RESOURCE_ALPHABET.length()));
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
