package io.stratus.gateway.template;

/**
 * A template that cannot be loaded; the message starts with the path of the offending element
 * ({@code Resources.Orders.Properties.KeySchema: ...}) and carries CloudFormation's own wording where
 * CloudFormation has one.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message is already complete. */
    public TemplateException(String message) {
        super(message);
    }

    /** Creates an exception whose message is already complete, keeping the parser error that caused it. */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates an exception for the element at {@code path}, e.g. {@code Resources.Orders.Properties}. */
    public static TemplateException at(String path, String message) {
        return new TemplateException(path == null || path.isEmpty() ? message : path + ": " + message);
    }
}
