package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;

/** What a Query reads: one partition, optionally narrowed by a sort-key condition ({@code null}: whole partition). */
public record KeyRange(AttributeValue partitionKeyValue, SortKeyCondition sortKeyCondition) {
}
