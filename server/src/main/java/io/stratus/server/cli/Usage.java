package io.stratus.server.cli;

/** The text {@code stratus --help} prints. */
public final class Usage {

    /** The help text, ending with a newline. */
    public static final String TEXT = """
            Usage: stratus [start] [options]

            Runs API Gateway, Lambda and DynamoDB locally on one port.

            Options:
              --template FILE                  SAM/CloudFormation template: its tables, Java functions and APIs are served
              --parameter-overrides K=V[ K=V]  template parameter values, also ParameterKey=K,ParameterValue=V (repeatable)
              --env-vars FILE                  function environment overrides, sam local's JSON format:
                                               {"FunctionId": {"VAR": "value"}, "Parameters": {"VAR": "value"}}
              --jwks FILE|URL                  JSON Web Key Set that JWT and Cognito authorizers verify tokens with
              --api-key KEY                    an API key accepted on ApiKeyRequired methods (repeatable)
              --region REGION                  region of ARNs and functions' AWS_REGION (default us-east-1)
              --port PORT                      port to listen on, 0 for any free port (default 4566)
              --host HOST                      address to listen on (default 127.0.0.1)
              --data-dir DIR                   keep tables in DIR across restarts (default: in memory)
              --log-level LEVEL                trace, debug, info, warn, error or off (default info)
              --help, -h                       show this help
              --version, -V                    show the version

            Environment (options win): STRATUS_TEMPLATE, STRATUS_PARAMETER_OVERRIDES, STRATUS_ENV_VARS,
            STRATUS_JWKS, STRATUS_API_KEYS (comma-separated), STRATUS_REGION, STRATUS_PORT, STRATUS_HOST,
            STRATUS_DATA_DIR, STRATUS_LOG_LEVEL.

            Exit status: 0 after a clean stop, 1 when Stratus cannot start, 2 for a wrong command line.
            """;

    private Usage() {
    }
}
