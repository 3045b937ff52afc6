package io.stratus.dynamo.catalog;

import io.stratus.dynamo.model.AttributeValue;

/** A key attribute's declared scalar type ({@code S}, {@code N} or {@code B}). */
public record AttributeDefinition(String attributeName, AttributeValue.Type attributeType) {
}
