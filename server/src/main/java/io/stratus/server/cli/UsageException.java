package io.stratus.server.cli;

/** The command line is wrong; the message is one line saying what, shown after {@code stratus: }. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A usage error with a one-line message. */
    public UsageException(String message) {
        super(message);
    }
}
