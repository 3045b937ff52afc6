package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code content} to the file at {@code path}: a side effect an Event invocation can be checked by. */
public class FileWritingHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        try {
            Files.writeString(Path.of(input.get("path")), input.get("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "written";
    }
}
