package io.stratus.examples.items.store;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Item ids that sort by creation time: twelve hex digits of epoch milliseconds, then eight random hex digits
 * ({@code 0193a1f2c3d4-9f8e7d6c}). As the sort key of both the table and the {@code byStatus} index they make
 * every listing come out in creation order, which a random UUID would not.
 */
public final class ItemIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ItemIds() {
    }

    /** A new id for an item created at {@code now}. */
    public static String next(Instant now) {
        return String.format("%012x-%08x", now.toEpochMilli(), RANDOM.nextInt());
    }
}
