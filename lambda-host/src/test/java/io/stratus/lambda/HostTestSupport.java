package io.stratus.lambda;

import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A host per test with a manual clock and a captured console, plus JSON helpers. */
public abstract class HostTestSupport {
    protected final ManualClock clock = new ManualClock();
    protected final List<String> console = Collections.synchronizedList(new ArrayList<>());
    protected LambdaHost host;

    @BeforeEach
    void startHost() {
        host = configure(LambdaHost.builder()
                .clock(clock)
                .console(console::add)
                .endpoint(URI.create("http://localhost:4566")))
                .build();
    }

    /** Override to change the host's settings. */
    protected LambdaHost.Builder configure(LambdaHost.Builder builder) {
        return builder;
    }

    @AfterEach
    void stopHost() {
        host.close();
    }

    protected void deploy(String name, String handler) {
        host.deploy(FunctionConfig.builder(name, handler).build());
    }

    protected InvocationResult invoke(String name, String json) {
        return host.invoke(name, bytes(json), InvocationType.REQUEST_RESPONSE);
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected static String text(InvocationResult result) {
        return new String(result.payload(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> json(InvocationResult result) {
        try {
            return JacksonFactory.getInstance().getMapper().readValue(result.payload(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
