package io.stratus.gateway.template.intrinsic;

import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.model.ParameterDeclaration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Gives every declared parameter its value (override, else {@code Default}) and checks it against the
 * declaration's constraints, in CloudFormation's order and with its messages.
 *
 * <p>Values are strings, or lists of strings for {@code CommaDelimitedList} and {@code List<...>} types,
 * because that is what {@code Ref} to a parameter yields in CloudFormation.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /**
     * Binds the parameters.
     *
     * @param declarations the template's parameters
     * @param overrides    name → value, e.g. from {@code --parameter-overrides}
     * @param notices      receives notes on values Stratus cannot look up (SSM parameter types)
     * @return name → value, in template order
     */
    public static Map<String, Object> bind(Map<String, ParameterDeclaration> declarations,
                                           Map<String, String> overrides, Consumer<String> notices) {
        List<String> unknown = new ArrayList<>();
        for (String name : overrides.keySet()) {
            if (!declarations.containsKey(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw TemplateException.at("Parameters", "Parameters: " + bracket(unknown) + " do not exist in the template");
        }
        List<String> missing = new ArrayList<>();
        for (ParameterDeclaration p : declarations.values()) {
            if (!overrides.containsKey(p.name()) && p.defaultValue() == null) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw TemplateException.at("Parameters", "Parameters: " + bracket(missing) + " must have values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterDeclaration p : declarations.values()) {
            String raw = overrides.containsKey(p.name()) ? overrides.get(p.name()) : p.defaultValue();
            check(p, raw);
            if (p.type().startsWith("AWS::SSM::Parameter::Value<")) {
                notices.accept("Parameter " + p.name() + ": Stratus has no SSM Parameter Store, so the parameter "
                        + "name '" + raw + "' is used as the value");
            }
            values.put(p.name(), p.isList() ? split(raw) : raw);
        }
        return Collections.unmodifiableMap(values);
    }

    private static void check(ParameterDeclaration p, String raw) {
        List<String> items = p.isList() ? split(raw) : List.of(raw);
        boolean numeric = p.type().equals("Number") || p.type().equals("List<Number>");
        for (String value : items) {
            if (numeric && !isNumber(value)) {
                fail(p, "Parameter '" + p.name() + "' must be a number");
            }
            if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                fail(p, "Parameter '" + p.name() + "' must be one of AllowedValues");
            }
        }
        if (p.allowedPattern() != null && !Pattern.compile(p.allowedPattern()).matcher(raw).matches()) {
            fail(p, "Parameter '" + p.name() + "' must match pattern " + p.allowedPattern());
        }
        if (p.minLength() != null && raw.length() < p.minLength()) {
            fail(p, "Parameter '" + p.name() + "' must contain at least " + p.minLength() + " characters");
        }
        if (p.maxLength() != null && raw.length() > p.maxLength()) {
            fail(p, "Parameter '" + p.name() + "' must contain at most " + p.maxLength() + " characters");
        }
        if (numeric) {
            for (String value : items) {
                BigDecimal number = new BigDecimal(value.trim());
                if (p.minValue() != null && number.compareTo(p.minValue()) < 0) {
                    fail(p, "Parameter '" + p.name() + "' must be a number not less than "
                            + p.minValue().toPlainString());
                }
                if (p.maxValue() != null && number.compareTo(p.maxValue()) > 0) {
                    fail(p, "Parameter '" + p.name() + "' must be a number not greater than "
                            + p.maxValue().toPlainString());
                }
            }
        }
    }

    // With a ConstraintDescription, CloudFormation shows the author's text instead of its own.
    private static void fail(ParameterDeclaration p, String message) {
        String text = p.constraintDescription() == null ? message
                : "Parameter '" + p.name() + "' failed to satisfy constraint: " + p.constraintDescription();
        throw TemplateException.at("Parameters." + p.name(), text);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> split(String raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            items.add(item.trim());
        }
        return List.copyOf(items);
    }

    private static String bracket(List<String> names) {
        return "[" + String.join(", ", names) + "]";
    }
}
