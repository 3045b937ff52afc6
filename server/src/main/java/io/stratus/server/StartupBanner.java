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
 */
public record StartupBanner(String version, URI endpoint, List<String> tables, List<Function> functions,
                            Path dataDir, List<String> notices, long startupMillis) {

    /**
     * One served function as the banner shows it.
     *
     * @param name    the function name
     * @param handler the handler string
     * @param runtime the runtime id, e.g. {@code java17}
     */
    public record Function(String name, String handler, String runtime) {
    }

    /** Copies the lists so the banner stays immutable. */
    public StartupBanner {
        tables = List.copyOf(tables);
        functions = List.copyOf(functions);
        notices = List.copyOf(notices);
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
        lines.add("  Data: " + (dataDir == null ? "in memory" : dataDir.toAbsolutePath().normalize().toString()));
        for (String notice : notices) {
            lines.add("  Notice: " + notice);
        }
        return lines;
    }
}
