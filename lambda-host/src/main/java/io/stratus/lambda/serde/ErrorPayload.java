package io.stratus.lambda.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A function error as the Java runtime reports it: {@code errorMessage}, then {@code errorType} and
 * {@code stackTrace} when known (null members are left out, as the runtime's serializer does).
 *
 * @param errorMessage the message
 * @param errorType the exception class name, or null
 * @param stackTrace {@link StackTraceElement#toString()} of each frame, or null
 */
public record ErrorPayload(String errorMessage, String errorType, List<String> stackTrace) {
    private static final JsonFactory JSON = new JsonFactory();

    public ErrorPayload {
        stackTrace = stackTrace == null ? null : List.copyOf(stackTrace);
    }

    /** An error with only a message, as for timeouts. */
    public static ErrorPayload message(String errorMessage) {
        return new ErrorPayload(errorMessage, null, null);
    }

    /**
     * The runtime's report of an uncaught throwable: the message falls back to the class name, and the
     * stack trace is the throwable's own frames (the runtime's frames already filtered off).
     */
    public static ErrorPayload of(Throwable t) {
        String message = t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage();
        StackTraceElement[] frames = t.getStackTrace();
        String[] lines = new String[frames.length];
        for (int i = 0; i < frames.length; i++) {
            lines[i] = frames[i].toString();
        }
        return new ErrorPayload(message, t.getClass().getName(), List.of(lines));
    }

    /** The payload bytes the Invoke API returns. */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("errorMessage", errorMessage);
            if (errorType != null) {
                json.writeStringField("errorType", errorType);
            }
            if (stackTrace != null) {
                json.writeArrayFieldStart("stackTrace");
                for (String frame : stackTrace) {
                    json.writeString(frame);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
