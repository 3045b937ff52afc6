package io.stratus.gateway.route;

import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiRoute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every API's routes, compiled once at start-up. Each API is served at the root of the server and, unless
 * its stage is {@code $default}, also under {@code /{stage}}; a request that names a stage is looked up
 * in the APIs of that stage first.
 *
 * <p>Precedence follows "Working with routes for HTTP APIs" and REST resource matching: the most specific
 * path wins (literal segment, then {@code {param}}, then {@code {proxy+}}), an exact method beats
 * {@code ANY}, and the HTTP API {@code $default} route catches what nothing else does. Two routes with
 * the same method and path shape are rejected at build time, naming both APIs.
 */
public final class RouteTable {

    private record Entry(ApiDefinition api, ApiRoute route, PathPattern pattern) { }

    private final List<Entry> entries;
    private final List<Entry> defaults;
    private final Map<String, List<ApiDefinition>> apisByStage;

    private RouteTable(List<Entry> entries, List<Entry> defaults, Map<String, List<ApiDefinition>> apisByStage) {
        this.entries = entries;
        this.defaults = defaults;
        this.apisByStage = apisByStage;
    }

    /**
     * Builds the table.
     *
     * @throws RouteConflictException when two routes claim the same method and path
     */
    public static RouteTable build(List<ApiDefinition> apis) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> defaults = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        Map<String, List<ApiDefinition>> byStage = new HashMap<>();
        for (ApiDefinition api : apis) {
            if (!api.hasDefaultStage()) {
                byStage.computeIfAbsent(api.stage(), s -> new ArrayList<>()).add(api);
            }
            for (ApiRoute route : api.routes()) {
                if (route.isDefaultRoute()) {
                    Entry entry = new Entry(api, route, null);
                    claim(seen, ApiRoute.DEFAULT_ROUTE, entry);
                    defaults.add(entry);
                    continue;
                }
                PathPattern pattern = PathPattern.compile(route.path());
                Entry entry = new Entry(api, route, pattern);
                claim(seen, route.method() + " " + pattern.shape(), entry);
                entries.add(entry);
            }
        }
        return new RouteTable(List.copyOf(entries), List.copyOf(defaults), byStage);
    }

    private static void claim(Map<String, Entry> seen, String key, Entry entry) {
        Entry previous = seen.putIfAbsent(key, entry);
        if (previous != null) {
            throw new RouteConflictException("Route " + entry.route().routeKey() + " of API " + entry.api().logicalId()
                    + " conflicts with route " + previous.route().routeKey() + " of API " + previous.api().logicalId()
                    + ": both are served at the root of the Stratus endpoint, so a request could reach either");
        }
    }

    /** Looks up {@code method} and {@code path} (as requested, possibly with a stage prefix); {@code null} method matches any. */
    public RouteLookup lookup(String method, String path) {
        List<String> segments = PathPattern.segments(path);
        ApiDefinition stageApi = null;
        if (!segments.isEmpty()) {
            List<ApiDefinition> staged = apisByStage.get(segments.get(0));
            if (staged != null) {
                List<String> rest = segments.subList(1, segments.size());
                String stripped = path.substring(segments.get(0).length() + 1);
                RouteMatch match = best(method, rest, stripped.isEmpty() ? "/" : stripped, staged, true);
                if (match != null) {
                    return new RouteLookup.Matched(match);
                }
                stageApi = staged.get(0);
            }
        }
        RouteMatch match = best(method, segments, path, null, false);
        if (match != null) {
            return new RouteLookup.Matched(match);
        }
        if (stageApi != null) {
            return new RouteLookup.Unmatched(stageApi);
        }
        if (method != null) {
            RouteMatch anyMethod = best(null, segments, path, null, false);
            if (anyMethod != null) {
                return new RouteLookup.Unmatched(anyMethod.api());
            }
        }
        return new RouteLookup.NotServed();
    }

    /** The methods declared on {@code resourcePath} of {@code api}, in declaration order ({@code ANY} included). */
    public Set<String> methodsOf(ApiDefinition api, String resourcePath) {
        Set<String> methods = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.api() == api && e.route().path().equals(resourcePath)) {
                methods.add(e.route().method());
            }
        }
        return methods;
    }

    private RouteMatch best(String method, List<String> segments, String path, List<ApiDefinition> only,
                            boolean viaStage) {
        Entry best = null;
        Map<String, String> bestParams = null;
        for (Entry e : entries) {
            if (only != null && !only.contains(e.api())) {
                continue;
            }
            if (method != null && !e.route().method().equals(method) && !e.route().method().equals("ANY")) {
                continue;
            }
            Map<String, String> params = e.pattern().match(segments);
            if (params == null) {
                continue;
            }
            if (best == null || isBetter(e, best, method)) {
                best = e;
                bestParams = params;
            }
        }
        if (best == null) {
            for (Entry e : defaults) {
                if (only == null || only.contains(e.api())) {
                    return new RouteMatch(e.api(), e.route(), Map.of(), path, viaStage);
                }
            }
            return null;
        }
        return new RouteMatch(best.api(), best.route(), bestParams, path, viaStage);
    }

    private static boolean isBetter(Entry candidate, Entry current, String method) {
        int c = candidate.pattern().compareSpecificity(current.pattern());
        if (c != 0) {
            return c < 0;
        }
        return method != null && candidate.route().method().equals(method) && !current.route().method().equals(method);
    }
}
