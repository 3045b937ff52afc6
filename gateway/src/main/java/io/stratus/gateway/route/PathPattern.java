package io.stratus.gateway.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled resource path such as {@code /items/{id}/tags/{proxy+}}: literal segments, single-segment
 * parameters and a final greedy parameter that spans one or more segments.
 */
public final class PathPattern {

    private enum Kind { LITERAL, PARAMETER, GREEDY }

    private final String template;
    private final String[] parts;
    private final Kind[] kinds;

    private PathPattern(String template, String[] parts, Kind[] kinds) {
        this.template = template;
        this.parts = parts;
        this.kinds = kinds;
    }

    /** Compiles {@code template}; a greedy parameter anywhere but last is a template error API Gateway also rejects. */
    public static PathPattern compile(String template) {
        List<String> segments = segments(template);
        String[] parts = new String[segments.size()];
        Kind[] kinds = new Kind[segments.size()];
        for (int i = 0; i < parts.length; i++) {
            String s = segments.get(i);
            if (s.startsWith("{") && s.endsWith("+}")) {
                if (i != parts.length - 1) {
                    throw new IllegalArgumentException("A greedy path variable must be the last segment: " + template);
                }
                kinds[i] = Kind.GREEDY;
                parts[i] = s.substring(1, s.length() - 2);
            } else if (s.startsWith("{") && s.endsWith("}")) {
                kinds[i] = Kind.PARAMETER;
                parts[i] = s.substring(1, s.length() - 1);
            } else {
                kinds[i] = Kind.LITERAL;
                parts[i] = s;
            }
        }
        return new PathPattern(template, parts, kinds);
    }

    /** The path's segments without empty ones, so {@code /}, {@code /a/} and {@code /a} split as expected. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    out.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The template as declared. */
    public String template() {
        return template;
    }

    /** The path parameters when {@code segments} match, else {@code null}. */
    public Map<String, String> match(List<String> segments) {
        int n = parts.length;
        boolean greedy = n > 0 && kinds[n - 1] == Kind.GREEDY;
        if (greedy ? segments.size() < n : segments.size() != n) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < n; i++) {
            switch (kinds[i]) {
                case LITERAL -> {
                    if (!parts[i].equals(segments.get(i))) {
                        return null;
                    }
                }
                case PARAMETER -> {
                    params = params == null ? new LinkedHashMap<>() : params;
                    params.put(parts[i], segments.get(i));
                }
                case GREEDY -> {
                    params = params == null ? new LinkedHashMap<>() : params;
                    params.put(parts[i], String.join("/", segments.subList(i, segments.size())));
                }
            }
        }
        return params == null ? Map.of() : params;
    }

    /**
     * Orders patterns by specificity, most specific first: compared segment by segment, a literal beats a
     * parameter, which beats a greedy parameter; among equals the longer pattern wins.
     */
    public int compareSpecificity(PathPattern other) {
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(kinds[i].ordinal(), other.kinds[i].ordinal());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(other.parts.length, parts.length);
    }

    /** The pattern with parameter names erased, so {@code /a/{id}} and {@code /a/{key}} collide. */
    public String shape() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append('/').append(switch (kinds[i]) {
                case LITERAL -> parts[i];
                case PARAMETER -> "{}";
                case GREEDY -> "{+}";
            });
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
