package io.stratus.server.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The settings of {@code stratus start}, from options with the {@code STRATUS_*} environment as
 * fallback.
 *
 * @param host address to listen on
 * @param port port to listen on (0 = any free port)
 * @param template SAM/CloudFormation template, or {@code null}
 * @param dataDir data directory, or {@code null} for in-memory tables
 * @param parameters template parameter overrides, in the order given
 * @param logLevel slf4j-simple level: trace, debug, info, warn, error or off
 */
public record CliOptions(
        String host, int port, Path template, Path dataDir, Map<String, String> parameters, String logLevel) {

    /** Copies the parameters so the options stay immutable. */
    public CliOptions {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
