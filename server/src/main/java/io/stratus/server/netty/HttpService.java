package io.stratus.server.netty;

/**
 * One emulated AWS surface on the shared port (DynamoDB today; Lambda, {@code @connections} and
 * API Gateway later), chosen per request by {@link #accepts}.
 *
 * <p>{@link #accepts} runs on the event loop and must be cheap (headers and path only);
 * {@link #handle} runs on a worker thread and may block.
 */
public interface HttpService {

    /** A short name for logs, e.g. {@code DynamoDB}. */
    String name();

    /** Whether this service handles the request; the first service that accepts it wins. */
    boolean accepts(ServerRequest request);

    /** Handles the request; a service renders its own errors, anything thrown becomes a plain 500. */
    ServerResponse handle(ServerRequest request);
}
