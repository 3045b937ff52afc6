package io.stratus.server.cli;

/** The text {@code stratus --help} prints. */
public final class Usage {

    /** The help text, ending with a newline. */
    public static final String TEXT = """
            Usage: stratus [start] [options]

            Runs API Gateway, Lambda and DynamoDB locally on one port.

            Options:
              --template FILE                  SAM/CloudFormation template; its tables and Java functions are served
              --parameter-overrides K=V[,K=V]  template parameter values (repeatable)
              --port PORT                      port to listen on, 0 for any free port (default 4566)
              --host HOST                      address to listen on (default 127.0.0.1)
              --data-dir DIR                   keep tables in DIR across restarts (default: in memory)
              --log-level LEVEL                trace, debug, info, warn, error or off (default info)
              --help, -h                       show this help
              --version, -V                    show the version

            Environment (options win): STRATUS_TEMPLATE, STRATUS_PORT, STRATUS_HOST,
            STRATUS_DATA_DIR, STRATUS_LOG_LEVEL.
            """;

    private Usage() {
    }
}
