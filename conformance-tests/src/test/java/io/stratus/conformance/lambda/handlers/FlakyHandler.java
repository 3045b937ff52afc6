package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Appends its request id to the file {@code attemptsFile} on every attempt, and fails the first {@code failures}
 * attempts: the file, not static state, counts them, so it survives a fresh execution environment.
 */
public class FlakyHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        Path attempts = Path.of((String) input.get("attemptsFile"));
        int failures = ((Number) input.get("failures")).intValue();
        try {
            Files.writeString(attempts, context.getAwsRequestId() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            int attempt = Files.readAllLines(attempts, StandardCharsets.UTF_8).size();
            if (attempt <= failures) {
                throw new IllegalStateException("attempt " + attempt + " fails");
            }
            return "succeeded on attempt " + attempt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
