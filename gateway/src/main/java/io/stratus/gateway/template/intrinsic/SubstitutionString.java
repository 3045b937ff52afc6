package io.stratus.gateway.template.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * The string of an {@code Fn::Sub}, split into literal text and <code>${Name}</code> variables;
 * <code>${!Text}</code> is the literal <code>${Text}</code>. An opening <code>${</code> without a closing
 * brace is kept as text, as CloudFormation does.
 *
 * @param parts literal and variable parts in order
 */
record SubstitutionString(List<Part> parts) {

    /** One piece of the string. */
    sealed interface Part permits Literal, Variable { }

    /** Text copied as is. */
    record Literal(String text) implements Part { }

    /** A variable to substitute: a parameter, pseudo parameter, resource, {@code Resource.Attribute} or map key. */
    record Variable(String name) implements Part { }

    static SubstitutionString parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, open);
            String inside = text.substring(open + 2, close);
            if (inside.startsWith("!")) {
                literal.append("${").append(inside, 1, inside.length()).append('}');
            } else {
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Variable(inside.trim()));
            }
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new SubstitutionString(List.copyOf(parts));
    }

    /** The names of the variables, in order of appearance. */
    List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Variable v) {
                names.add(v.name());
            }
        }
        return names;
    }
}
