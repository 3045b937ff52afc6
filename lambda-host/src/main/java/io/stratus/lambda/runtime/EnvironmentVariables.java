package io.stratus.lambda.runtime;

import io.stratus.lambda.config.FunctionConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a function's process sees in Lambda: its own, plus those Lambda defines ("Defined runtime
 * environment variables" in the Lambda developer guide), which take precedence as Lambda reserves them.
 */
final class EnvironmentVariables {
    /** Credentials are placeholders: Stratus does not check signatures. */
    static final String ACCESS_KEY_ID = "AKIASTRATUSLOCAL0000";
    static final String SECRET_ACCESS_KEY = "stratus-local-secret-access-key";
    static final String SESSION_TOKEN = "stratus-local-session-token";

    private EnvironmentVariables() {
    }

    static Map<String, String> of(FunctionConfig config, HostSettings settings, Path taskRoot, String logStreamName) {
        Map<String, String> variables = new LinkedHashMap<>();
        // Not reserved by Lambda: the function's own configuration may override it.
        settings.endpoint().ifPresent(uri -> variables.put("AWS_ENDPOINT_URL", uri.toString()));
        variables.putAll(config.environment());
        variables.put("AWS_REGION", settings.region());
        variables.put("AWS_DEFAULT_REGION", settings.region());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", config.functionName());
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memorySize()));
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", ExecutionEnvironment.VERSION);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", logGroupName(config.functionName()));
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
        variables.put("_HANDLER", config.handler());
        variables.put("AWS_EXECUTION_ENV", config.runtime().executionEnv());
        variables.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        variables.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
        variables.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        variables.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        variables.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        variables.put("TZ", ":UTC");
        variables.put("LANG", "en_US.UTF-8");
        // Lambda's PATH names /var/lang/bin etc.; the host's lets a function start local processes.
        String path = System.getenv("PATH");
        if (path != null) {
            variables.put("PATH", path);
        }
        return variables;
    }

    static String logGroupName(String functionName) {
        return "/aws/lambda/" + functionName;
    }
}
