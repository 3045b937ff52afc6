package io.stratus.dynamo.expr.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens, ending with an {@link Token.Type#EOF} token.
 *
 * <p>Identifiers start with an ASCII letter and continue with letters, digits or underscores:
 * DynamoDB rejects {@code _a} and {@code 1a} as attribute names (they need a {@code #name}).
 * Placeholders are {@code #} or {@code :} followed by at least one letter, digit or underscore.
 * Anything else becomes a one-character {@code ILLEGAL} token so that the syntax error names it,
 * as AWS does ({@code token: "_"}).
 */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (isLetter(c)) {
                i = skipWordChars(text, i + 1);
                type = Token.Type.IDENTIFIER;
            } else if (isDigit(c)) {
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                type = Token.Type.NUMBER;
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                i = skipWordChars(text, i + 1);
                type = c == '#' ? Token.Type.NAME_REF : Token.Type.VALUE_REF;
            } else {
                i++;
                switch (c) {
                    case '(' -> type = Token.Type.LPAREN;
                    case ')' -> type = Token.Type.RPAREN;
                    case '[' -> type = Token.Type.LBRACKET;
                    case ']' -> type = Token.Type.RBRACKET;
                    case ',' -> type = Token.Type.COMMA;
                    case '.' -> type = Token.Type.DOT;
                    case '=' -> type = Token.Type.EQ;
                    case '+' -> type = Token.Type.PLUS;
                    case '-' -> type = Token.Type.MINUS;
                    case '<' -> {
                        if (i < n && text.charAt(i) == '>') {
                            i++;
                            type = Token.Type.NE;
                        } else if (i < n && text.charAt(i) == '=') {
                            i++;
                            type = Token.Type.LE;
                        } else {
                            type = Token.Type.LT;
                        }
                    }
                    case '>' -> {
                        if (i < n && text.charAt(i) == '=') {
                            i++;
                            type = Token.Type.GE;
                        } else {
                            type = Token.Type.GT;
                        }
                    }
                    default -> {
                        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
                            i++;
                        }
                        type = Token.Type.ILLEGAL;
                    }
                }
            }
            tokens.add(new Token(type, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Type.EOF, "<EOF>", n, n));
        return tokens;
    }

    private static int skipWordChars(String text, int i) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
