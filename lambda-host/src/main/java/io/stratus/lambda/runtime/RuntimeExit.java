package io.stratus.lambda.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lambda's report of a runtime process that exited during an invocation (or its init), as a function calling
 * {@code System.exit} causes: the payload {@code {"errorType":"Runtime.ExitError","errorMessage":"RequestId: <id>
 * Error: Runtime exited with error: exit status 1"}} (members in that order, as Lambda sends them) and the same
 * text followed by {@code Runtime.ExitError} in the log. Status 0 reads "Runtime exited without providing a
 * reason". Texts as seen in CloudWatch logs and Invoke responses quoted in Lambda's troubleshooting pages and
 * user reports.
 */
final class RuntimeExit {
    static final String ERROR_TYPE = "Runtime.ExitError";
    private static final JsonFactory JSON = new JsonFactory();

    private final String message;

    /**
     * @param requestId the invocation that saw the exit
     * @param status the value passed to {@code exit}/{@code halt}; a process reports only its low 8 bits
     */
    RuntimeExit(String requestId, int status) {
        int processStatus = status & 0xFF;
        this.message = "RequestId: " + requestId + " Error: " + (processStatus == 0
                ? "Runtime exited without providing a reason"
                : "Runtime exited with error: exit status " + processStatus);
    }

    /** The {@code errorMessage}. */
    String message() {
        return message;
    }

    /** The Invoke API payload. */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("errorType", ERROR_TYPE);
            json.writeStringField("errorMessage", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The platform's log lines, written before END. */
    String logLines() {
        return message + "\n" + ERROR_TYPE + "\n";
    }
}
