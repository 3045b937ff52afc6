package io.stratus.bench.wire;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A connection through {@link HttpClient} (HTTP/1.1): one client per worker, so each worker keeps
 * its own pooled keep-alive connection. The requests are built once and shared.
 */
final class JdkHttpConnection implements Connection {

    private final HttpClient client;
    private final HttpRequest[] requests;
    private byte[] lastBody = new byte[0];

    private JdkHttpConnection(HttpRequest[] requests) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.requests = requests;
    }

    /** Builds {@code requests} against {@code endpoint} once; connections share them. */
    static ClientKind.Pool pool(URI endpoint, List<WireRequest> requests) {
        HttpRequest[] built = new HttpRequest[requests.size()];
        for (int i = 0; i < built.length; i++) {
            WireRequest r = requests.get(i);
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(r.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(b::header);
            built[i] = b.build();
        }
        return () -> new JdkHttpConnection(built);
    }

    @Override
    public int exchange(int index) throws IOException {
        try {
            HttpResponse<byte[]> response = client.send(requests[index], HttpResponse.BodyHandlers.ofByteArray());
            lastBody = response.body();
            return response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a response");
        }
    }

    @Override
    public String lastBody() {
        return new String(lastBody, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; its connections die with the client object
    }
}
