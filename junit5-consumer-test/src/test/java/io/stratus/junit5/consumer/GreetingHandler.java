package io.stratus.junit5.consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.util.Map;

/** A handler from the test classpath; it answers with the Jackson version it sees, which must be the user's. */
public class GreetingHandler implements RequestHandler<Map<String, String>, String> {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try {
            return json.writeValueAsString(Map.of(
                    "greeting", "hello " + input.get("name"),
                    "jackson", PackageVersion.VERSION.toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
