package io.stratus.bench.wire;

import java.io.IOException;

/**
 * One keep-alive connection to the server, used by one worker at a time: sends a request, waits
 * for the whole response.
 */
public interface Connection extends AutoCloseable {

    /** Sends request number {@code index} of the prepared pool and returns the response status. */
    int exchange(int index) throws IOException;

    /** The body of the last response, as text (read only after a failure: it is built on demand). */
    String lastBody();

    @Override
    void close();
}
