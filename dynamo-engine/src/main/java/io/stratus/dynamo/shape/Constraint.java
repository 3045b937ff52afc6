package io.stratus.dynamo.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** One constraint of a request member, with the text AWS's validator reports when it fails. */
public sealed interface Constraint {

    /** Whether {@code value} (never {@code null} except for {@link NotNull}) satisfies the constraint. */
    boolean test(JsonNode value);

    /** The {@code Member must ...} text of AWS's validation message. */
    String message();

    /** Whether the constraint also applies to an absent member. */
    default boolean appliesToNull() {
        return false;
    }

    /** The member must be present. */
    record NotNull() implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return value != null;
        }

        @Override
        public String message() {
            return "Member must not be null";
        }

        @Override
        public boolean appliesToNull() {
            return true;
        }
    }

    /**
     * A string member must match a regular expression in full. A pattern that is one character
     * class repeated ({@code [a-zA-Z0-9_.-]+}, the table and index name pattern, checked on every
     * request) is tested by a loop over a table of the class's ASCII characters; any other pattern
     * by {@link Pattern}.
     */
    record Matches(String regex, Pattern pattern, boolean[] charClass) implements Constraint {
        /** A constraint for {@code regex}. */
        public Matches(String regex) {
            this(regex, Pattern.compile(regex), CharClass.of(regex));
        }

        @Override
        public boolean test(JsonNode value) {
            String text = value.asText();
            if (charClass == null) {
                return pattern.matcher(text).matches();
            }
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= charClass.length || !charClass[c]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String message() {
            return "Member must satisfy regular expression pattern: " + regex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Matches other && regex.equals(other.regex);
        }

        @Override
        public int hashCode() {
            return regex.hashCode();
        }

        @Override
        public String toString() {
            return "Matches[" + regex + "]";
        }
    }

    /** A string, list or map must have at least {@code min} characters or entries. */
    record MinLength(int min) implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return length(value) >= min;
        }

        @Override
        public String message() {
            return "Member must have length greater than or equal to " + min;
        }
    }

    /** A string, list or map must have at most {@code max} characters or entries. */
    record MaxLength(int max) implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return length(value) <= max;
        }

        @Override
        public String message() {
            return "Member must have length less than or equal to " + max;
        }
    }

    /** A number must be at least {@code min}. */
    record Min(long min) implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return WireTypes.integral(value, "Long") >= min;
        }

        @Override
        public String message() {
            return "Member must have value greater than or equal to " + min;
        }
    }

    /** A number must be at most {@code max}. */
    record Max(long max) implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return WireTypes.integral(value, "Long") <= max;
        }

        @Override
        public String message() {
            return "Member must have value less than or equal to " + max;
        }
    }

    /** A string must be one of an enumeration's values, listed in AWS's order. */
    record OneOf(List<String> values) implements Constraint {
        @Override
        public boolean test(JsonNode value) {
            return values.contains(value.asText());
        }

        @Override
        public String message() {
            return "Member must satisfy enum value set: [" + String.join(", ", values) + "]";
        }
    }

    private static int length(JsonNode value) {
        return value.isTextual() ? value.textValue().length() : value.size();
    }
}
