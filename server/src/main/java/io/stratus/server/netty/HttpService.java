package io.stratus.server.netty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One emulated AWS surface on the shared port (DynamoDB today; Lambda, {@code @connections} and
 * API Gateway later), chosen per request by {@link #accepts}.
 *
 * <p>{@link #accepts} runs on the event loop and must be cheap (headers and path only);
 * {@link #handle} runs on a worker thread and may block. A service whose work waits on something
 * that can take long — a Lambda invocation, which may itself call back into Stratus — overrides
 * {@link #handleAsync} instead, so that no worker thread is held while it waits (holding them
 * could starve the pool and deadlock handlers that call DynamoDB).
 */
public interface HttpService {

    /** A short name for logs, e.g. {@code DynamoDB}. */
    String name();

    /** Whether this service handles the request; the first service that accepts it wins. */
    boolean accepts(ServerRequest request);

    /** Handles the request; a service renders its own errors, anything thrown becomes a plain 500. */
    ServerResponse handle(ServerRequest request);

    /**
     * Handles the request without blocking the calling worker; by default runs {@link #handle} on
     * {@code worker}. A failed stage becomes a plain 500, as a thrown exception does.
     */
    default CompletionStage<ServerResponse> handleAsync(ServerRequest request, Executor worker) {
        return CompletableFuture.supplyAsync(() -> handle(request), worker);
    }
}
