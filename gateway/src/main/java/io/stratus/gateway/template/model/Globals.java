package io.stratus.gateway.template.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SAM {@code Globals} section: per resource kind, the properties every resource of that kind inherits.
 *
 * @param sections section name ({@code Function}, {@code Api}, {@code HttpApi}, {@code SimpleTable},
 *                 {@code LayerVersion}) → its properties, unresolved
 */
public record Globals(Map<String, Map<String, Object>> sections) {

    /** The section names SAM accepts, in the order SAM's documentation lists them. */
    public static final List<String> SECTIONS = List.of("Function", "Api", "HttpApi", "SimpleTable", "LayerVersion");

    /** A template without a {@code Globals} section. */
    public static final Globals NONE = new Globals(Map.of());

    /** Copies the map so the record stays immutable. */
    public Globals {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The properties of one section; empty when the template does not declare it. */
    public Map<String, Object> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }
}
