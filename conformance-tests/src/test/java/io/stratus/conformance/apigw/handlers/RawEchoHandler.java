package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers with the event exactly as the function received it, as the JSON body of a proxy response: the
 * tests read every field, and whether a field is {@code null} or absent, from the bytes Lambda handed over.
 */
public class RawEchoHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        ObjectNode response = JSON.createObjectNode();
        response.put("statusCode", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("body", event);
        output.write(JSON.writeValueAsBytes(response));
    }
}
