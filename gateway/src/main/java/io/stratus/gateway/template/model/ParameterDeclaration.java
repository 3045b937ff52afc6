package io.stratus.gateway.template.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of the template's {@code Parameters} section.
 *
 * @param name                  the parameter's logical name
 * @param type                  {@code String}, {@code Number}, {@code CommaDelimitedList}, {@code List<Number>}, an
 *                              AWS-specific type or an SSM parameter type
 * @param defaultValue          the {@code Default}, or {@code null} when there is none
 * @param allowedValues         {@code AllowedValues}; empty when unconstrained
 * @param allowedPattern        {@code AllowedPattern}, or {@code null}
 * @param minLength             {@code MinLength}, or {@code null}
 * @param maxLength             {@code MaxLength}, or {@code null}
 * @param minValue              {@code MinValue}, or {@code null}
 * @param maxValue              {@code MaxValue}, or {@code null}
 * @param constraintDescription {@code ConstraintDescription}, or {@code null}
 * @param noEcho                {@code NoEcho}
 */
public record ParameterDeclaration(String name, String type, String defaultValue, List<String> allowedValues,
                                   String allowedPattern, Integer minLength, Integer maxLength,
                                   BigDecimal minValue, BigDecimal maxValue, String constraintDescription,
                                   boolean noEcho) {

    /** Copies the list so the record stays immutable. */
    public ParameterDeclaration {
        allowedValues = List.copyOf(allowedValues);
    }

    /** Whether a value of this parameter is a list ({@code CommaDelimitedList} or any {@code List<...>}). */
    public boolean isList() {
        return type.equals("CommaDelimitedList") || type.startsWith("List<");
    }
}
