package io.stratus.examples.items.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items     the items of this page
 * @param nextToken what to pass to get the next page, or {@code null} on the last one
 */
public record Page(List<Item> items, String nextToken) {

    /** Copies the list so the page stays immutable. */
    public Page {
        items = List.copyOf(items);
    }
}
