package io.stratus.bench.wire;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Unmeasured calls a scenario makes while preparing: each must answer 200. Also the run's id,
 * which keeps names unique when the same server is measured twice.
 */
public final class Setup {

    private final URI endpoint;
    private final String runId;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Set-up calls against {@code endpoint} for run {@code runId}. */
    public Setup(URI endpoint, String runId) {
        this.endpoint = endpoint;
        this.runId = runId;
    }

    /** A name unique to this run: {@code base_runId}. */
    public String uniqueName(String base) {
        return base + "_" + runId;
    }

    /** Sends {@code request} and returns the response body; anything but 200 is an {@link IOException}. */
    public String call(WireRequest request) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(b::header);
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("set-up request " + request.method() + " " + request.path() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted during set-up");
        }
    }
}
