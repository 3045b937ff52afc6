package io.stratus.lambda.load;

/**
 * Unwinds a function thread that called {@code System.exit}: an {@link Error}, so that the usual
 * {@code catch (Exception e)} in handler code lets it through. Code that catches {@code Throwable} can swallow
 * it, which is why the exit is also recorded on the function's class loader, where the host looks for it.
 */
public final class FunctionExit extends Error {
    private static final long serialVersionUID = 1L;

    private final int status;

    FunctionExit(int status) {
        // No stack trace: it is never reported, and a deep handler stack would make it costly.
        super("Runtime exited with status " + status, null, false, false);
        this.status = status;
    }

    /** The status the function passed to {@code exit} or {@code halt}. */
    public int status() {
        return status;
    }
}
