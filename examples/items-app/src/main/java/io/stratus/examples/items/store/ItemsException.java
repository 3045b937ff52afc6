package io.stratus.examples.items.store;

/**
 * A request the service refuses, with the HTTP status both APIs answer it with; anything else is a bug and
 * becomes API Gateway's 500.
 */
public final class ItemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private ItemsException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request itself is wrong. */
    public static ItemsException badRequest(String message) {
        return new ItemsException(400, message);
    }

    /** 404: nothing is stored under this key. */
    public static ItemsException notFound(String what) {
        return new ItemsException(404, what + " not found");
    }

    /** 409: the client updated from a stale copy; it must read the item again. */
    public static ItemsException versionConflict(String id, long expected, long current) {
        return new ItemsException(409, "item " + id + " is at version " + current + ", not " + expected);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}
