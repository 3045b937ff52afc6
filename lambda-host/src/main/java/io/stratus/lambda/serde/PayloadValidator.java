package io.stratus.lambda.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.stratus.lambda.error.LambdaException;
import java.io.IOException;

/** Checks that an Invoke payload is JSON, failing with Lambda's InvalidRequestContentException. */
public final class PayloadValidator {
    // Lambda's message quotes the offending source, e.g. [Source: (byte[])"abc"; line: 1, column: 4].
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private PayloadValidator() {
    }

    /** Throws InvalidRequestContentException when {@code payload} is not a JSON text. */
    public static void requireJson(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            try {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            } catch (JsonProcessingException e) {
                // Lambda's message points after the offending token ("'abc' ... column: 4"), where the
                // parser stands, rather than at the token's start as this Jackson reports.
                throw LambdaException.invalidRequestContent(
                        e.getOriginalMessage() + "\n at " + parser.currentLocation());
            }
        } catch (IOException e) {
            throw LambdaException.invalidRequestContent(String.valueOf(e.getMessage()));
        }
    }
}
