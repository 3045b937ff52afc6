package io.stratus.server;

/**
 * Stratus could not start; the message is one line fit to show a user as is
 * (e.g. {@code Port 4566 is already in use on 127.0.0.1}).
 */
public final class StratusStartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a user-facing message. */
    public StratusStartupException(String message) {
        super(message);
    }

    /** A failure with a user-facing message and its underlying cause. */
    public StratusStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
