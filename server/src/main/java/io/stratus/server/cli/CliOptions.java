package io.stratus.server.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param region the region of ARNs and functions' {@code AWS_REGION}
 * @param envVars a SAM {@code --env-vars} JSON file, or {@code null}
 * @param jwks the key set JWT authorizers verify with (a file or an {@code http(s)} URL), or {@code null}
 * @param apiKeys API keys accepted besides the template's, in the order given
 */
public record CliOptions(String host, int port, Path template, Path dataDir, Map<String, String> parameters,
                         String logLevel, String region, Path envVars, String jwks, List<String> apiKeys) {

    /** Copies the collections so the options stay immutable. */
    public CliOptions {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        apiKeys = List.copyOf(apiKeys);
    }
}
