package io.stratus.lambda.load;

/**
 * A function's code cannot be found, resolved or laid out; the message names the function and says what to
 * do, e.g. {@code Function Hello: no compiled classes in /p/hello/target/classes — run mvn package in /p/hello}.
 */
public final class FunctionCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FunctionCodeException(String message) {
        super(message);
    }

    public FunctionCodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
