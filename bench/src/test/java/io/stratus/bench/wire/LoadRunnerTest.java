package io.stratus.bench.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoadRunnerTest {

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();
    private volatile int status = 200;

    @BeforeAll
    static void answerWithoutNagleDelay() {
        // the JDK server writes head and body separately; with Nagle on, each exchange waits for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private LoadOptions options(ClientKind client) {
        return LoadOptions.parse(new String[] {
            "--endpoint", "http://127.0.0.1:" + server.getAddress().getPort(), "--connections", "3",
            "--warmup", "0", "--duration", "60", "--requests", "300", "--client", client.name()});
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void measuredPhaseStopsAtTheRequestBoundAndCountsEveryRequest(ClientKind client) throws Exception {
        ScenarioResult result = new LoadRunner(options(client), "t").run(new TwoPaths());

        assertThat(result.requests()).isEqualTo(300);
        assertThat(result.errors()).isZero();
        assertThat(result.firstError()).isNull();
        assertThat(received.get()).isEqualTo(300 + 1);
        assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p99());
        assertThat(result.p99()).isLessThanOrEqualTo(result.max());
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void everyNon200AnswerIsAnErrorAndTheFirstBodyIsKept(ClientKind client) throws Exception {
        TwoPaths scenario = new TwoPaths() {
            @Override
            public void prepare(Setup setup) throws IOException {
                super.prepare(setup);
                status = 500;
            }
        };

        ScenarioResult result = new LoadRunner(options(client), "t").run(scenario);

        assertThat(result.errors()).isEqualTo(300);
        assertThat(result.firstError()).matches("HTTP 500: \\{\"path\":\"/(a|b)\"\\}");
    }

    /** Alternates two paths; prepares with one checked call. */
    private static class TwoPaths implements Scenario {
        @Override
        public String name() {
            return "TwoPaths";
        }

        @Override
        public String description() {
            return "GET /a and POST /b";
        }

        @Override
        public void prepare(Setup setup) throws IOException {
            assertThat(setup.uniqueName("table")).isEqualTo("table_t");
            assertThat(setup.call(requests().get(0))).isEqualTo("{\"path\":\"/a\"}");
        }

        @Override
        public List<WireRequest> requests() {
            return List.of(new WireRequest("GET", "/a", Map.of(), new byte[0]),
                    new WireRequest("POST", "/b", Map.of("Content-Type", "application/json"),
                            "{}".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
