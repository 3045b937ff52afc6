package io.stratus.conformance.lambda.handlers;

/** A POJO response, written by the Java runtime's serializer through its bean properties. */
public class Reply {
    private String message;

    public Reply() {
    }

    public Reply(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
