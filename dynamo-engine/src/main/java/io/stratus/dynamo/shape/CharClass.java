package io.stratus.dynamo.shape;

/** Reads a {@code [...]+} pattern of ASCII letters, digits, ranges and plain punctuation into a lookup table. */
final class CharClass {
    private CharClass() {
    }

    /**
     * The ASCII characters of {@code regex} when it is exactly one bracketed class of literal
     * characters and {@code a-z}-style ranges followed by {@code +}; else {@code null}. A
     * {@code -} first or last in the class is literal, as in Java's regex syntax.
     */
    static boolean[] of(String regex) {
        if (regex.length() < 4 || regex.charAt(0) != '[' || !regex.endsWith("]+")) {
            return null;
        }
        String body = regex.substring(1, regex.length() - 2);
        boolean[] table = new boolean[128];
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 128 || c == '[' || c == ']' || c == '\\' || c == '^' || c == '&') {
                return null;
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                char to = body.charAt(i + 2);
                if (to >= 128 || to < c || !Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(to)) {
                    return null;
                }
                for (char r = c; r <= to; r++) {
                    table[r] = true;
                }
                i += 2;
            } else {
                table[c] = true;
            }
        }
        return table;
    }
}
