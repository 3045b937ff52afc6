package io.stratus.dynamo.expr.parse;

/** One lexical token: its type, its text and where it sits in the expression ({@code [start, end)}). */
record Token(Type type, String text, int start, int end) {

    /** The token types of DynamoDB's expression language. */
    enum Type {
        IDENTIFIER, NAME_REF, VALUE_REF, NUMBER,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
        /** A character no token starts with; the parser fails when it reaches it. */
        ILLEGAL,
        EOF
    }

    /** Whether this is an identifier spelled {@code keyword} in any case (keywords are case-insensitive). */
    boolean isKeyword(String keyword) {
        return type == Type.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }
}
