package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.stratus.lambda.FixtureBuild;
import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers built against real AWS SDK releases (copied into {@code target/sdk-*} by the build) put an item
 * through a client built three ways; every request must reach the endpoint Stratus gave the function, except
 * one sent to an explicit non-AWS endpoint, and none may head for an AWS host.
 */
class SdkEndpointInterceptorTest {
    private static final String HANDLER_SOURCE = "/sdk-handlers/sdkfixtures/PutItemHandler.java";

    @TempDir
    Path temp;
    private FakeDynamoDb stratus;
    private FakeDynamoDb elsewhere;
    private final List<URI> connections = Collections.synchronizedList(new ArrayList<>());
    private ProxySelector originalSelector;
    private final List<String> console = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        stratus = new FakeDynamoDb();
        elsewhere = new FakeDynamoDb();
        originalSelector = ProxySelector.getDefault();
        // HttpURLConnection (the SDK's url-connection-client) asks the default selector before every connection,
        // before resolving the host: record each one, and send anything non-local to a closed port so that a
        // redirection failure fails fast instead of reaching AWS.
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                connections.add(uri);
                if ("127.0.0.1".equals(uri.getHost())) {
                    return List.of(Proxy.NO_PROXY);
                }
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), 1)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void stop() {
        ProxySelector.setDefault(originalSelector);
        stratus.close();
        elsewhere.close();
    }

    @ParameterizedTest(name = "SDK {0}")
    @ValueSource(strings = {"sdk-2.10", "sdk-2.20", "sdk-2.57"})
    void everyClientOfTheFunctionsSdkReachesStratusAndExplicitEndpointsAreLeftAlone(String sdk) throws Exception {
        Path jars = Path.of("target", sdk);
        assertThat(jars).as("copied by the build's process-test-resources phase").isDirectory();
        List<Path> sdkJars = FixtureBuild.jarsIn(jars);
        Path classes = FixtureBuild.compile(temp.resolve("classes"), sdkJars,
                Map.of("sdkfixtures.PutItemHandler", handlerSource()));
        Path zip = FixtureBuild.pack(classes, sdkJars, temp.resolve("function.zip"));

        // The host JVM's own SDK settings must not leak into the function.
        Map<String, String> hostProperties = Map.of("aws.endpointUrl", elsewhere.uri().toString(),
                "aws.region", "ap-south-1", "aws.accessKeyId", "AKIAHOSTKEY000000000");
        hostProperties.forEach(System::setProperty);
        try (LambdaHost host = LambdaHost.builder().endpoint(stratus.uri()).console(console::add).build()) {
            host.deploy(FunctionConfig.builder("putter", "sdkfixtures.PutItemHandler")
                    .timeoutSeconds(30).codeLocation(zip).build());

            assertThat(invoke(host, "{\"client\":\"default\"}")).isEqualTo("\"put with default\"");
            assertThat(invoke(host, "{\"client\":\"hardcoded\"}")).isEqualTo("\"put with hardcoded\"");
            assertThat(invoke(host, "{\"client\":\"override\",\"endpoint\":\"" + elsewhere.uri() + "\"}"))
                    .isEqualTo("\"put with override\"");
        } finally {
            hostProperties.keySet().forEach(System::clearProperty);
        }

        assertThat(stratus.requests).extracting(Request::target).containsExactly(
                "DynamoDB_20120810.PutItem", "DynamoDB_20120810.PutItem");
        assertThat(stratus.requests).extracting(Request::body)
                .anyMatch(body -> body.contains("\"default\"")).anyMatch(body -> body.contains("\"hardcoded\""));
        // Signed for the function's region (or the one in code) with the function's credentials.
        assertThat(stratus.requests.get(0).authorization())
                .contains("Credential=AKIASTRATUSLOCAL0000/").contains("/us-east-1/dynamodb/aws4_request");
        assertThat(stratus.requests.get(1).authorization()).contains("/eu-west-1/dynamodb/aws4_request");
        assertThat(elsewhere.requests).extracting(Request::body).singleElement()
                .satisfies(body -> assertThat(body).contains("\"override\""));
        assertThat(connections).isNotEmpty().allMatch(uri -> "127.0.0.1".equals(uri.getHost()),
                "every connection stays on this machine");
    }

    private static String invoke(LambdaHost host, String json) {
        InvocationResult result = host.invoke("putter", json.getBytes(StandardCharsets.UTF_8),
                InvocationType.REQUEST_RESPONSE);
        String payload = new String(result.payload(), StandardCharsets.UTF_8);
        assertThat(result.functionError()).as(payload).isNull();
        return payload;
    }

    private static String handlerSource() throws IOException {
        try (InputStream in = SdkEndpointInterceptorTest.class.getResourceAsStream(HANDLER_SOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Request(String host, String target, String authorization, String body) {
    }

    /** Answers every DynamoDB call with {@code {}} as DynamoDB does for PutItem, CRC32 header included. */
    private static final class FakeDynamoDb implements AutoCloseable {
        private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        private final HttpServer server;

        FakeDynamoDb() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(exchange.getRequestHeaders().getFirst("Host"),
                        exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
                CRC32 crc = new CRC32();
                crc.update(EMPTY_OBJECT);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                exchange.getResponseHeaders().add("x-amz-crc32", Long.toString(crc.getValue()));
                exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-request");
                exchange.sendResponseHeaders(200, EMPTY_OBJECT.length);
                exchange.getResponseBody().write(EMPTY_OBJECT);
                exchange.close();
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
