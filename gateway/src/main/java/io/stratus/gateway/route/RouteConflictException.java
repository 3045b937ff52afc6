package io.stratus.gateway.route;

/** Two routes claim the same method and path, so a request could not be routed unambiguously; a start-up error. */
public final class RouteConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message naming both routes and their APIs. */
    public RouteConflictException(String message) {
        super(message);
    }
}
