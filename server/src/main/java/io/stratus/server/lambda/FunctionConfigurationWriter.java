package io.stratus.server.lambda;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes Lambda's {@code FunctionConfiguration} object, shared by GetFunction, GetFunctionConfiguration and
 * ListFunctions, with the members a Java zip function has in Lambda ("FunctionConfiguration" in the Lambda API
 * reference).
 */
public final class FunctionConfigurationWriter {

    /** Lambda's {@code LastModified} format, e.g. {@code 2019-10-25T22:06:39.888+0000}. */
    static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    /** Lambda's default {@code /tmp} size in MB. */
    private static final int EPHEMERAL_STORAGE_MB = 512;

    private final String region;
    private final String accountId;

    /** A writer for functions in {@code region} of account {@code accountId}. */
    public FunctionConfigurationWriter(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn(String functionName) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    /**
     * The execution role's ARN. Stratus runs no IAM, so every function gets a role named after it, shaped like the
     * role SAM creates.
     */
    public String roleArn(String functionName) {
        return "arn:aws:iam::" + accountId + ":role/" + functionName + "-role";
    }

    /** Writes the configuration as a JSON object. */
    public void write(JsonGenerator json, FunctionCatalog.Details details) throws IOException {
        FunctionConfig config = details.config();
        CodeDigest code = details.code().get();
        json.writeStartObject();
        json.writeStringField("FunctionName", config.functionName());
        json.writeStringField("FunctionArn", functionArn(config.functionName()));
        json.writeStringField("Runtime", config.runtime().id());
        json.writeStringField("Role", roleArn(config.functionName()));
        json.writeStringField("Handler", config.handler());
        json.writeNumberField("CodeSize", code.size());
        json.writeStringField("Description", "");
        json.writeNumberField("Timeout", config.timeoutSeconds());
        json.writeNumberField("MemorySize", config.memorySize());
        json.writeStringField("LastModified", LAST_MODIFIED.format(details.lastModified()));
        json.writeStringField("CodeSha256", code.sha256());
        json.writeStringField("Version", "$LATEST");
        if (!config.environment().isEmpty()) {
            json.writeObjectFieldStart("Environment");
            json.writeObjectFieldStart("Variables");
            for (Map.Entry<String, String> variable : config.environment().entrySet()) {
                json.writeStringField(variable.getKey(), variable.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("TracingConfig");
        json.writeStringField("Mode", "PassThrough");
        json.writeEndObject();
        json.writeStringField("RevisionId", details.revisionId());
        json.writeStringField("State", "Active");
        json.writeStringField("LastUpdateStatus", "Successful");
        json.writeStringField("PackageType", "Zip");
        json.writeArrayFieldStart("Architectures");
        json.writeString("x86_64");
        json.writeEndArray();
        json.writeObjectFieldStart("EphemeralStorage");
        json.writeNumberField("Size", EPHEMERAL_STORAGE_MB);
        json.writeEndObject();
        json.writeObjectFieldStart("SnapStart");
        json.writeStringField("ApplyOn", "None");
        json.writeStringField("OptimizationStatus", "Off");
        json.writeEndObject();
        json.writeObjectFieldStart("LoggingConfig");
        json.writeStringField("LogFormat", "Text");
        json.writeStringField("LogGroup", "/aws/lambda/" + config.functionName());
        json.writeEndObject();
        json.writeEndObject();
    }
}
