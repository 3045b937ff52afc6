package io.stratus.server.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.lambda.error.LambdaErrorCode;
import io.stratus.lambda.error.LambdaException;
import io.stratus.server.netty.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders Lambda API errors as AWS sends them: the error code in {@code x-amzn-ErrorType} (which the SDKs read
 * first) and a JSON body with {@code Type} ({@code User} or {@code Service}), the message, and {@code Reason} for
 * throttling.
 *
 * <p>The message member's case follows live responses: {@code "Message"} for ResourceNotFoundException
 * ({@code {"Type":"User","Message":"Function not found: arn:..."}}, seen in many SDK error dumps) and
 * {@code "message"} for the others ({@code {"Reason":"...","Type":"User","message":"Rate Exceeded."}}). The SDKs
 * accept either.
 */
public final class LambdaErrorResponses {

    /** The header carrying the error code. */
    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String CONTENT_TYPE = "application/json";

    private LambdaErrorResponses() {
    }

    /** The response for an error the host raised. */
    public static ServerResponse of(LambdaException error, String operation) {
        LambdaErrorCode code = error.code();
        String messageMember = code == LambdaErrorCode.RESOURCE_NOT_FOUND ? "Message" : "message";
        byte[] body = body(code.source(), messageMember, error.getMessage(),
                error.reason().map(Enum::name).orElse(null));
        return new ServerResponse(code.statusCode(), CONTENT_TYPE, body,
                Map.of(ERROR_TYPE_HEADER, code.errorType()), operation);
    }

    /** The response for an error of the request layer. */
    public static ServerResponse of(LambdaApiError error, String operation) {
        byte[] body = body("User", "message", error.getMessage(), null);
        return new ServerResponse(error.statusCode(), CONTENT_TYPE, body,
                Map.of(ERROR_TYPE_HEADER, error.errorType()), operation);
    }

    private static byte[] body(String type, String messageMember, String message, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (reason != null) {
                json.writeStringField("Reason", reason);
            }
            json.writeStringField("Type", type);
            json.writeStringField(messageMember, message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }
}
