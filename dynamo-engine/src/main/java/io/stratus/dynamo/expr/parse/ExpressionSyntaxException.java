package io.stratus.dynamo.expr.parse;

/**
 * A syntax error in an expression, carrying AWS's text without the {@code Invalid XExpression: }
 * prefix (the prefix depends on which request parameter held the text, the tree cache does not).
 */
public final class ExpressionSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient int tokenIndex;

    ExpressionSyntaxException(String message, int tokenIndex) {
        super(message, null, false, false);
        this.tokenIndex = tokenIndex;
    }

    /** How far the parser got; when backtracking, the error that got further is the one reported. */
    int tokenIndex() {
        return tokenIndex;
    }
}
