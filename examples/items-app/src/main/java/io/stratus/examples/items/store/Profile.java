package io.stratus.examples.items.store;

/**
 * A signed-in user's profile, keyed by the subject of their token.
 *
 * @param userId      the token's {@code sub}
 * @param displayName what the storefront shows
 * @param email       the token's {@code email} claim, or {@code null} when it has none
 * @param updatedAt   last change, ISO-8601 UTC
 */
public record Profile(String userId, String displayName, String email, String updatedAt) {
}
