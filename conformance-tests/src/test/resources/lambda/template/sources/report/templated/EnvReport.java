package templated;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reports what a function sees: the variables Lambda defines and its own, its Context, and its helper class. */
public class EnvReport implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final List<String> VARIABLES = List.of("AWS_REGION", "AWS_DEFAULT_REGION",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "_HANDLER", "AWS_EXECUTION_ENV",
            "LAMBDA_TASK_ROOT", "_X_AMZN_TRACE_ID", "TZ", "STAGE", "SHARED", "KIND", "TABLE_NAME");

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Map<String, String> environment = new TreeMap<>();
        for (String name : VARIABLES) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("environment", environment);
        out.put("functionName", context.getFunctionName());
        out.put("functionVersion", context.getFunctionVersion());
        out.put("memoryLimitInMB", context.getMemoryLimitInMB());
        out.put("invokedFunctionArn", context.getInvokedFunctionArn());
        out.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
        out.put("awsRequestId", context.getAwsRequestId());
        out.put("logGroupName", context.getLogGroupName());
        out.put("logStreamName", context.getLogStreamName());
        out.put("helper", Helper.describe());
        String taskRoot = System.getenv("LAMBDA_TASK_ROOT");
        // Lambda unzips the package into the task root; Stratus extracts its files but keeps the classes of a
        // jar without lib/ in the jar (docs/features.md), so the check reads a packaged resource.
        out.put("taskRootHoldsPackagedFiles", taskRoot != null
                && Files.isRegularFile(Path.of(taskRoot, "templated", "greeting.txt")));
        return out;
    }
}
