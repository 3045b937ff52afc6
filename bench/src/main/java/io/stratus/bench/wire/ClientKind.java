package io.stratus.bench.wire;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The HTTP clients the load generator can drive. Both hold one keep-alive connection per worker;
 * the raw socket is the default because on a 2-core machine every cycle the client spends is
 * taken from the server it measures (compare the two with {@code --client}).
 */
public enum ClientKind {
    /** Plain sockets writing pre-encoded requests and parsing just enough of the response. */
    SOCKET {
        @Override
        Pool prepare(URI endpoint, List<WireRequest> requests) {
            return SocketConnection.pool(endpoint, requests);
        }
    },
    /** {@code java.net.http.HttpClient} over HTTP/1.1, one client per worker. */
    JDK {
        @Override
        Pool prepare(URI endpoint, List<WireRequest> requests) {
            return JdkHttpConnection.pool(endpoint, requests);
        }
    };

    /** Encodes {@code requests} once for all connections this client opens. */
    abstract Pool prepare(URI endpoint, List<WireRequest> requests);

    /** Requests encoded for one client kind, from which workers open connections. */
    interface Pool {
        /** A new connection that sends the pool's requests by index. */
        Connection open() throws IOException;
    }
}
