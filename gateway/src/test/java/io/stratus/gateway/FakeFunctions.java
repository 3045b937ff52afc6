package io.stratus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.integration.FunctionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A scripted {@link FunctionInvoker}: each function name answers with a function of its event; events are recorded. */
public final class FakeFunctions implements FunctionInvoker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Function<JsonNode, CompletableFuture<FunctionResult>>> functions = new HashMap<>();
    public final List<JsonNode> events = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();

    /** {@code name} answers {@code json}. */
    public FakeFunctions returns(String name, String json) {
        return answers(name, event -> ok(json));
    }

    /** {@code name} fails the way Lambda reports an unhandled error. */
    public FakeFunctions fails(String name, String errorMessage) {
        return answers(name, event -> CompletableFuture.completedFuture(new FunctionResult(
                ("{\"errorMessage\":\"" + errorMessage + "\",\"errorType\":\"java.lang.RuntimeException\"}")
                        .getBytes(StandardCharsets.UTF_8), true)));
    }

    /** {@code name} never answers. */
    public FakeFunctions hangs(String name) {
        return answers(name, event -> new CompletableFuture<>());
    }

    public FakeFunctions answers(String name, Function<JsonNode, CompletableFuture<FunctionResult>> answer) {
        functions.put(name, answer);
        return this;
    }

    public static CompletableFuture<FunctionResult> ok(String json) {
        return CompletableFuture.completedFuture(new FunctionResult(json.getBytes(StandardCharsets.UTF_8), false));
    }

    @Override
    public CompletableFuture<FunctionResult> invoke(String functionName, byte[] payload) {
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calls.add(functionName);
        events.add(event);
        Function<JsonNode, CompletableFuture<FunctionResult>> f = functions.get(functionName);
        if (f == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Function not found: " + functionName));
        }
        return f.apply(event);
    }

    /** The last event {@code name} received. */
    public JsonNode lastEvent(String name) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).equals(name)) {
                return events.get(i);
            }
        }
        return null;
    }
}
