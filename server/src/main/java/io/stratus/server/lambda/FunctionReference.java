package io.stratus.server.lambda;

/**
 * The {@code FunctionName} of a Lambda API path split into the function's name and its qualifier: a name
 * ({@code my-function}), a name with a qualifier ({@code my-function:v1}), a partial ARN
 * ({@code 123456789012:function:my-function}) or a full ARN, each optionally qualified.
 *
 * @param name      the function's name
 * @param qualifier the version or alias in the reference, or {@code null}
 */
public record FunctionReference(String name, String qualifier) {

    private static final String FUNCTION = "function:";

    /** Splits {@code reference}; anything that is not an ARN is a name, optionally followed by {@code :qualifier}. */
    public static FunctionReference parse(String reference) {
        int marker = reference.indexOf(FUNCTION);
        String rest = marker >= 0 && (marker == 0 || reference.charAt(marker - 1) == ':')
                ? reference.substring(marker + FUNCTION.length())
                : reference;
        int colon = rest.indexOf(':');
        return colon < 0
                ? new FunctionReference(rest, null)
                : new FunctionReference(rest.substring(0, colon), rest.substring(colon + 1));
    }
}
