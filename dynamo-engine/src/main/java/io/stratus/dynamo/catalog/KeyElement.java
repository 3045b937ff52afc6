package io.stratus.dynamo.catalog;

/** One element of a key schema: an attribute name and whether it is the {@code HASH} or {@code RANGE} key. */
public record KeyElement(String attributeName, String keyType) {
}
