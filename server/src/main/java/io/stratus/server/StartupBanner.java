package io.stratus.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines Stratus logs once it is ready: where it listens, what each service serves and every
 * template notice, kept to a glance.
 *
 * @param version the Stratus version
 * @param endpoint the base URL clients use
 * @param tables the DynamoDB tables, in DynamoDB's order
 * @param functions the Lambda functions served, in deployment order
 * @param dataDir where tables are stored, or {@code null} when in memory
 * @param notices the template loader's notices (ignored resources, unsupported settings)
 * @param startupMillis time from {@code start()} to ready
 * @param routes the API Gateway routes, API by API in template order
 * @param outputs the template's Outputs, in template order
 */
public record StartupBanner(String version, URI endpoint, List<String> tables, List<Function> functions,
                            Path dataDir, List<String> notices, long startupMillis, List<Route> routes,
                            List<Output> outputs) {

    /**
     * One served function as the banner shows it.
     *
     * @param name    the function name
     * @param handler the handler string
     * @param runtime the runtime id, e.g. {@code java17}
     */
    public record Function(String name, String handler, String runtime) {
    }

    /**
     * One API Gateway route as the banner shows it.
     *
     * @param method   the method, or {@code ANY}
     * @param path     the resource path or {@code $default}
     * @param function the integrated function's logical id (its name when only the ARN is known)
     * @param url      the local URL of the route
     */
    public record Route(String method, String path, String function, String url) {
    }

    /**
     * One template output.
     *
     * @param name     the output's name
     * @param value    its value as CloudFormation would resolve it
     * @param localUrl the local twin of an {@code execute-api} URL, or {@code null} for any other value
     */
    public record Output(String name, String value, String localUrl) {
    }

    /** Copies the lists so the banner stays immutable. */
    public StartupBanner {
        tables = List.copyOf(tables);
        functions = List.copyOf(functions);
        notices = List.copyOf(notices);
        routes = List.copyOf(routes);
        outputs = List.copyOf(outputs);
    }

    /** A banner without APIs or outputs. */
    public StartupBanner(String version, URI endpoint, List<String> tables, List<Function> functions, Path dataDir,
                         List<String> notices, long startupMillis) {
        this(version, endpoint, tables, functions, dataDir, notices, startupMillis, List.of(), List.of());
    }

    /** The banner, one string per log line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Stratus " + version + " ready on " + endpoint + " in " + startupMillis + " ms");
        lines.add("  DynamoDB: " + endpoint + " ("
                + (tables.isEmpty() ? "no tables" : "tables: " + String.join(", ", tables)) + ")");
        lines.add("  Lambda: " + endpoint + " (" + (functions.isEmpty() ? "no functions"
                : functions.size() == 1 ? "1 function" : functions.size() + " functions") + ")");
        for (Function function : functions) {
            lines.add("    " + function.name() + ": " + function.handler() + " (" + function.runtime() + ") POST "
                    + endpoint + "/2015-03-31/functions/" + function.name() + "/invocations");
        }
        if (!routes.isEmpty()) {
            lines.add("  API Gateway: " + (routes.size() == 1 ? "1 route" : routes.size() + " routes"));
            for (Route route : routes) {
                lines.add("    " + route.method() + " " + route.path() + " \u2192 " + route.function() + "  " + route.url());
            }
        }
        if (!outputs.isEmpty()) {
            lines.add("  Outputs:");
            for (Output output : outputs) {
                lines.add("    " + output.name() + ": " + output.value()
                        + (output.localUrl() != null ? "  (local: " + output.localUrl() + ")" : ""));
            }
        }
        lines.add("  Data: " + (dataDir == null ? "in memory" : dataDir.toAbsolutePath().normalize().toString()));
        for (String notice : notices) {
            lines.add("  Notice: " + notice);
        }
        return lines;
    }
}
