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
