package io.stratus.examples.items.store;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The fields a client sets when creating or replacing an item, already validated.
 *
 * @param name   non-blank, at most {@value #MAX_NAME_LENGTH} characters
 * @param price  zero or more
 * @param status one of {@link #STATUSES}; {@value #ACTIVE} when the client gives none
 */
public record ItemInput(String name, BigDecimal price, String status) {

    /** Longest name accepted; keeps items well under DynamoDB's 400 KB item limit. */
    public static final int MAX_NAME_LENGTH = 200;

    /** The status of an item on sale, the default. */
    public static final String ACTIVE = "active";

    /** Every status an item may have. */
    public static final Set<String> STATUSES = Set.of(ACTIVE, "archived");

    /** Checks the fields, failing with the message the client will see. */
    public ItemInput {
        if (name == null || name.isBlank()) {
            throw ItemsException.badRequest("name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw ItemsException.badRequest("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        name = name.strip();
        if (price == null) {
            throw ItemsException.badRequest("price is required");
        }
        if (price.signum() < 0) {
            throw ItemsException.badRequest("price must not be negative");
        }
        status = status == null ? ACTIVE : status;
        if (!STATUSES.contains(status)) {
            throw ItemsException.badRequest("status must be active or archived");
        }
    }
}
