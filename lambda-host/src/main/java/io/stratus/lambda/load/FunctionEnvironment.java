package io.stratus.lambda.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables one execution environment sees through {@code System.getenv}; the trace id
 * changes per invocation, everything else is fixed when the environment starts.
 */
public final class FunctionEnvironment {
    /** The per-invocation X-Ray trace header variable. */
    public static final String TRACE_ID_VARIABLE = "_X_AMZN_TRACE_ID";

    private static final String ENDPOINT_URL = "AWS_ENDPOINT_URL";
    private static final String ENDPOINT_URL_PROPERTY = "aws.endpointUrl";
    /** SDK setting properties and the variables the SDK would otherwise read ("SDKs and Tools" settings). */
    private static final Map<String, String> SDK_PROPERTIES = Map.of(
            "aws.region", "AWS_REGION",
            "aws.accessKeyId", "AWS_ACCESS_KEY_ID",
            "aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY",
            "aws.secretKey", "AWS_SECRET_ACCESS_KEY",
            "aws.sessionToken", "AWS_SESSION_TOKEN");
    /** Properties that would point the SDK at the host's profiles; Lambda has none. */
    private static final java.util.Set<String> HIDDEN_PROPERTIES = java.util.Set.of(
            "aws.profile", "aws.configFile", "aws.sharedCredentialsFile");

    private final Map<String, String> fixed;
    private volatile String traceId;

    public FunctionEnvironment(Map<String, String> variables) {
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** Sets the trace header the next {@code getenv} calls report. */
    public void traceId(String value) {
        this.traceId = value;
    }

    /** One variable, or null, like {@link System#getenv(String)}. */
    public String get(String name) {
        if (TRACE_ID_VARIABLE.equals(name)) {
            return traceId;
        }
        return fixed.get(name);
    }

    /**
     * Whether {@code name} is one of the SDK's own settings, which this environment answers instead of the
     * host JVM (see {@link #sdkProperty}).
     */
    public static boolean isSdkProperty(String name) {
        return name.startsWith("aws.") && (name.startsWith(ENDPOINT_URL_PROPERTY) || SDK_PROPERTIES.containsKey(name)
                || HIDDEN_PROPERTIES.contains(name));
    }

    /**
     * The value an AWS SDK setting's system property has for this function, which is never the host JVM's:
     * in Lambda these properties are unset, and a host that set, say, {@code aws.endpointUrl} or
     * {@code aws.region} for itself must not send its functions elsewhere. System properties outrank
     * environment variables in the SDK, so the endpoint, region and credential properties answer the
     * function's own variables ({@code aws.endpointUrlDynamoDb} answers {@code AWS_ENDPOINT_URL_DYNAMODB} if
     * the function sets it, else {@code AWS_ENDPOINT_URL}); profile locations answer null.
     */
    public String sdkProperty(String name) {
        if (name.startsWith(ENDPOINT_URL_PROPERTY)) {
            String service = name.substring(ENDPOINT_URL_PROPERTY.length());
            return service.isEmpty() ? get(ENDPOINT_URL) : serviceEndpoint(service);
        }
        String variable = SDK_PROPERTIES.get(name);
        return variable == null ? null : get(variable);
    }

    /** The property names service ids without spaces ({@code DynamoDb}); variables, with underscores. */
    private String serviceEndpoint(String service) {
        String wanted = (ENDPOINT_URL + service).toUpperCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> variable : fixed.entrySet()) {
            String key = variable.getKey();
            if (key.startsWith(ENDPOINT_URL + "_") && key.replace("_", "").equals(wanted.replace("_", ""))) {
                return variable.getValue();
            }
        }
        return get(ENDPOINT_URL);
    }

    /** All variables as an unmodifiable map, like {@link System#getenv()}. */
    public Map<String, String> asMap() {
        String trace = traceId;
        if (trace == null) {
            return fixed;
        }
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.put(TRACE_ID_VARIABLE, trace);
        return Collections.unmodifiableMap(all);
    }
}
