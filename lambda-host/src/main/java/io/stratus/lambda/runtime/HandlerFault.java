package io.stratus.lambda.runtime;

import io.stratus.lambda.serde.ErrorPayload;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure to load or set up the handler, reported as the Java runtime reports it: message and
 * exception type only (no stack trace in the payload). A fatal fault ends the execution environment.
 */
final class HandlerFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorMessage;
    private final String errorType;
    private final String trace;
    private final boolean fatal;

    private HandlerFault(String errorMessage, String errorType, String trace, boolean fatal) {
        super(errorMessage, null, false, false);
        this.errorMessage = errorMessage;
        this.errorType = errorType;
        this.trace = trace;
        this.fatal = fatal;
    }

    /** A fault with only a message, e.g. "No public method named ...". */
    static HandlerFault message(String message) {
        return new HandlerFault(message, null, null, false);
    }

    /** A fault reporting a throwable: its message (or class name) and class. */
    static HandlerFault of(Throwable t, boolean fatal) {
        String message = t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage();
        return new HandlerFault(message, t.getClass().getName(), traceOf(t), fatal);
    }

    /** {@code Class not found: X}, which the runtime reports on every invoke without ending the environment. */
    static HandlerFault classNotFound(Throwable t, String className) {
        return new HandlerFault("Class not found: " + className, t.getClass().getName(), traceOf(t), false);
    }

    /** {@code Error loading class X[: message]}: a static initialiser or linkage failure; fatal. */
    static HandlerFault loadingClass(Throwable t, String className) {
        String message = "Error loading class " + className + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return new HandlerFault(message, t.getClass().getName(), traceOf(t), true);
    }

    boolean fatal() {
        return fatal;
    }

    /** The Invoke API payload. */
    ErrorPayload payload() {
        return new ErrorPayload(errorMessage, errorType, null);
    }

    /** What the runtime writes to the function's log for this fault. */
    String reportableError() {
        if (errorType != null || trace != null) {
            return errorMessage + ": " + (errorType == null ? "" : errorType) + "\n" + (trace == null ? "" : trace) + "\n";
        }
        return errorMessage + "\n";
    }

    static String traceOf(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
