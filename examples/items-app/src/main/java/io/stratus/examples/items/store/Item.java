package io.stratus.examples.items.store;

import java.math.BigDecimal;

/**
 * One item as stored: in the table under {@code pk = category, sk = id}, so a category's items are one
 * partition; {@code version} starts at 1 and grows with every update, which is what optimistic locking compares.
 *
 * @param category  the partition it lives in
 * @param id        time-ordered and unique (see {@link ItemIds}), so sorting by id sorts by creation
 * @param name      display name
 * @param price     the price, exact (DynamoDB numbers are decimal)
 * @param status    {@code active} or {@code archived}; the {@code byStatus} index's partition key
 * @param version   the optimistic-locking counter
 * @param createdAt creation time, ISO-8601 UTC
 */
public record Item(String category, String id, String name, BigDecimal price, String status, long version,
                   String createdAt) {
}
