package io.stratus.server.cli;

/**
 * What the user asked {@code stratus} to do.
 *
 * @param action start the server, print help or print the version
 * @param options the start settings (also filled in for help and version, unused there)
 */
public record Command(Action action, CliOptions options) {

    /** The three things {@code stratus} can do. */
    public enum Action {
        START,
        HELP,
        VERSION
    }
}
