package io.stratus.dynamo.expr.ast;

/**
 * A parsed condition with the one syntactic fact the resolver reports as an error: whether some
 * part of it was wrapped in two pairs of parentheses, which AWS rejects as redundant.
 */
public record ConditionTree(ConditionNode root, boolean redundantParentheses) {
}
