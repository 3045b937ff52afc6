package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads over one resource's resolved properties, reporting a wrong type with the property's path
 * the way the rest of the template loader does.
 */
final class ResolvedProperties {

    private final Map<String, Object> values;
    private final String path;

    ResolvedProperties(Map<String, Object> values, String path) {
        this.values = values;
        this.path = path;
    }

    /** Wraps a resolved value that should be a map; anything else reads as empty. */
    @SuppressWarnings("unchecked")
    static ResolvedProperties of(Object resolved, String path) {
        return new ResolvedProperties(resolved instanceof Map ? (Map<String, Object>) resolved : Map.of(), path);
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Object raw(String key) {
        return values.get(key);
    }

    Map<String, Object> asMap() {
        return values;
    }

    /** A scalar as text, or {@code null} when absent. */
    String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        String text = IntrinsicResolver.text(value);
        if (text == null) {
            throw TemplateException.at(path + "." + key, "expected type: String, found: " + PropertyShape.typeName(value));
        }
        return text;
    }

    String string(String key, String fallback) {
        String value = string(key);
        return value == null ? fallback : value;
    }

    boolean bool(String key, boolean fallback) {
        String value = string(key);
        return value == null ? fallback : value.toLowerCase(Locale.ROOT).equals("true");
    }

    Boolean boolOrNull(String key) {
        String value = string(key);
        return value == null ? null : value.toLowerCase(Locale.ROOT).equals("true");
    }

    int integer(String key, int fallback) {
        String value = string(key);
        if (value == null) {
            return fallback;
        }
        try {
            return new java.math.BigDecimal(value.trim()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw TemplateException.at(path + "." + key, "expected type: Integer, found: " + value);
        }
    }

    ResolvedProperties map(String key) {
        return of(values.get(key), path + "." + key);
    }

    /** A list of scalars; a single scalar reads as a one-element list, a comma-separated string is not split. */
    List<String> strings(String key) {
        Object value = values.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String text = IntrinsicResolver.text(item);
                if (text != null) {
                    out.add(text);
                }
            }
        } else if (value != null) {
            String text = IntrinsicResolver.text(value);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }
}
