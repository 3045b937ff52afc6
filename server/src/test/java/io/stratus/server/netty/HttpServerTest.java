package io.stratus.server.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.server.health.HealthService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server on a real socket: binding, keep-alive, the size limit and health, as clients see them. */
class HttpServerTest {

    private HttpServer server;
    private URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = HttpServer.bind("127.0.0.1", 0);
        server.serve(List.of(new HealthService(Map.of("dynamodb", "running"), "test"), new EchoService()));
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthEndpointAnswersOverHttp() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(base.resolve("/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"running\",\"services\":{\"dynamodb\":\"running\"},\"version\":\"test\"}");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().matches("[A-Z0-9]{52}");
    }

    @Test
    void twoRequestsTravelOverOneKeepAliveConnection() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(WireChannel.request("POST /echo HTTP/1.1", "first").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200 OK").endsWith("POST first");

            out.write(WireChannel.request("POST /echo HTTP/1.1", "second").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200 OK").endsWith("POST second");
        }
    }

    @Test
    void bodyOverSixteenMebibytesIsAnswered413AndAtTheLimitIsServed() throws Exception {
        byte[] atLimit = new byte[RequestSizeLimit.MAX_REQUEST_BYTES];
        byte[] overLimit = new byte[RequestSizeLimit.MAX_REQUEST_BYTES + 1];

        HttpResponse<String> served = client.send(HttpRequest.newBuilder(base.resolve("/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(atLimit)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> rejected = client.send(HttpRequest.newBuilder(base.resolve("/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(overLimit)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(rejected.statusCode()).isEqualTo(413);
        assertThat(rejected.headers().firstValue("x-amzn-RequestId")).get().asString().matches("[A-Z0-9]{52}");
    }

    @Test
    void bindingATakenPortNamesPortAndHost() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> HttpServer.bind("127.0.0.1", port))
                    .isInstanceOf(HttpServer.PortInUseException.class)
                    .hasMessage("Port " + port + " is already in use on 127.0.0.1");
        }
    }

    /** Reads one response framed by Content-Length (all the echo service sends). */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) c);
        }
        int length = Integer.parseInt(head.toString().replaceAll("(?is).*content-length: (\\d+).*", "$1"));
        byte[] body = in.readNBytes(length);
        return head + new String(body, StandardCharsets.UTF_8);
    }
}
