package io.stratus.gateway.template.model;

/**
 * One entry of the template's {@code Outputs} section, unresolved.
 *
 * @param name        the output's logical name
 * @param value       {@code Value} as a plain tree with long-form intrinsic functions
 * @param description {@code Description}, or {@code null}
 * @param condition   the name of the gating {@code Condition}, or {@code null}
 * @param exportName  {@code Export.Name} unresolved, or {@code null} when the output is not exported
 */
public record OutputDeclaration(String name, Object value, String description, String condition,
                                Object exportName) { }
