package io.stratus.server.cli;

import io.stratus.server.StratusServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code stratus [start] [--option value | --option=value]...} with the {@code STRATUS_*}
 * environment variables as defaults; {@code --help} and {@code --version} win over everything else.
 * Repeatable options ({@code --parameter-overrides}, {@code --api-key}) add to what the environment gave.
 */
public final class CommandLineParser {

    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
    /** {@code us-east-1}, {@code us-gov-west-1}, {@code ap-southeast-4}: the shape of every AWS region name. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    /** SAM's long form of one override, {@code ParameterKey=Stage,ParameterValue=dev} (the AWS CLI's). */
    private static final Pattern SAM_PARAMETER = Pattern.compile("ParameterKey=([^,]+),ParameterValue=(.*)");

    private String host;
    private int port;
    private Path template;
    private Path dataDir;
    private String logLevel;
    private String region;
    private Path envVars;
    private String jwks;
    private final List<String> apiKeys = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private CommandLineParser() {
    }

    /**
     * Parses {@code args}, taking unset options from {@code env}.
     *
     * @throws UsageException for an unknown option or command, a missing or invalid value
     */
    public static Command parse(String[] args, Map<String, String> env) throws UsageException {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Command(Command.Action.HELP, null);
            }
            if (arg.equals("--version") || arg.equals("-V")) {
                return new Command(Command.Action.VERSION, null);
            }
        }
        CommandLineParser parser = new CommandLineParser();
        parser.applyEnvironment(env);
        parser.applyArguments(args);
        return new Command(Command.Action.START, new CliOptions(parser.host, parser.port, parser.template,
                parser.dataDir, parser.parameters, parser.logLevel, parser.region, parser.envVars, parser.jwks,
                parser.apiKeys));
    }

    private void applyEnvironment(Map<String, String> env) throws UsageException {
        host = valueOr(env.get("STRATUS_HOST"), StratusServer.DEFAULT_HOST);
        String envPort = env.get("STRATUS_PORT");
        port = isBlank(envPort) ? StratusServer.DEFAULT_PORT : port(envPort, "STRATUS_PORT");
        template = path(env.get("STRATUS_TEMPLATE"));
        dataDir = path(env.get("STRATUS_DATA_DIR"));
        String envLevel = env.get("STRATUS_LOG_LEVEL");
        logLevel = isBlank(envLevel) ? "info" : logLevel(envLevel, "STRATUS_LOG_LEVEL");
        String envRegion = env.get("STRATUS_REGION");
        region = isBlank(envRegion) ? StratusServer.DEFAULT_REGION : region(envRegion, "STRATUS_REGION");
        envVars = path(env.get("STRATUS_ENV_VARS"));
        jwks = isBlank(env.get("STRATUS_JWKS")) ? null : env.get("STRATUS_JWKS").trim();
        String envKeys = env.get("STRATUS_API_KEYS");
        if (!isBlank(envKeys)) {
            for (String key : envKeys.split(",")) {
                if (!key.isBlank()) {
                    apiKeys.add(key.trim());
                }
            }
        }
        String envParameters = env.get("STRATUS_PARAMETER_OVERRIDES");
        if (!isBlank(envParameters)) {
            parameterOverrides(envParameters);
        }
    }

    private void applyArguments(String[] args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && arg.equals("start")) {
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException(i == 0 ? "unknown command '" + arg + "'" : "unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && isOption(name) && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = null;
            }
            apply(name, value);
        }
    }

    private static boolean isOption(String name) {
        return switch (name) {
            case "--template", "--port", "--host", "--data-dir", "--parameter-overrides", "--log-level", "--region",
                    "--env-vars", "--jwks", "--api-key" -> true;
            default -> false;
        };
    }

    private void apply(String name, String value) throws UsageException {
        if (!isOption(name)) {
            throw new UsageException("unknown option '" + name + "'");
        }
        if (value == null || value.isBlank()) {
            throw new UsageException("option '" + name + "' needs a value");
        }
        switch (name) {
            case "--template" -> template = Path.of(value);
            case "--port" -> port = port(value, "port");
            case "--host" -> host = value;
            case "--data-dir" -> dataDir = Path.of(value);
            case "--parameter-overrides" -> parameterOverrides(value);
            case "--log-level" -> logLevel = logLevel(value, "log level");
            case "--region" -> region = region(value, "region");
            case "--env-vars" -> envVars = Path.of(value);
            case "--jwks" -> jwks = value;
            case "--api-key" -> apiKeys.add(value);
            default -> throw new IllegalStateException("option without a case: " + name);
        }
    }

    /**
     * Every form {@code sam deploy --parameter-overrides} takes: {@code K=V K2=V2} (space-separated),
     * {@code ParameterKey=K,ParameterValue=V ...} (the AWS CLI's), and Stratus's {@code K=V,K2=V2}. A value may
     * contain {@code =} but neither spaces nor commas.
     */
    private void parameterOverrides(String value) throws UsageException {
        for (String token : value.trim().split("\\s+")) {
            var samForm = SAM_PARAMETER.matcher(token);
            if (samForm.matches()) {
                parameters.put(samForm.group(1), samForm.group(2));
                continue;
            }
            for (String pair : token.split(",")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new UsageException("invalid parameter override '" + pair.trim() + "': expected KEY=VALUE");
                }
                parameters.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
    }

    private static int port(String value, String what) throws UsageException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value the user gave
        }
        throw new UsageException("invalid " + what + " '" + value + "': expected a number from 0 to 65535");
    }

    private static String logLevel(String value, String what) throws UsageException {
        String level = value.trim().toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new UsageException("invalid " + what + " '" + value + "': expected trace, debug, info, warn, error or off");
        }
        return level;
    }

    private static String region(String value, String what) throws UsageException {
        String region = value.trim();
        if (!REGION.matcher(region).matches()) {
            throw new UsageException("invalid " + what + " '" + value + "': expected a region name such as us-east-1");
        }
        return region;
    }

    private static Path path(String value) {
        return isBlank(value) ? null : Path.of(value.trim());
    }

    private static String valueOr(String value, String fallback) {
        return isBlank(value) ? fallback : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
