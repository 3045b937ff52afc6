package io.stratus.examples.items;

import io.stratus.examples.items.store.ItemsException;

/** Reads the {@code limit} query parameter both APIs accept. */
public final class Paging {

    /** Items per page when the client does not say. */
    public static final int DEFAULT_LIMIT = 20;

    /** The largest page a client may ask for. */
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /**
     * The page size for {@code limit} ({@code null}: the default).
     *
     * @throws ItemsException 400 unless it is a whole number from 1 to {@value #MAX_LIMIT}
     */
    public static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ItemsException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
