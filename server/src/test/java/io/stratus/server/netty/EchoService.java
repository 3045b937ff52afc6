package io.stratus.server.netty;

import java.nio.charset.StandardCharsets;

/**
 * A test service under {@code /echo} answering with the request body, failing on {@code /echo/fail}, and on
 * {@code /echo/target} answering with the raw request target and setting two cookies.
 */
final class EchoService implements HttpService {

    @Override
    public String name() {
        return "Echo";
    }

    @Override
    public boolean accepts(ServerRequest request) {
        return request.path().startsWith("/echo");
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        if (request.path().equals("/echo/fail")) {
            throw new IllegalStateException("service bug");
        }
        if (request.path().startsWith("/echo/target")) {
            return new ServerResponse(200, "text/plain", request.rawUri().getBytes(StandardCharsets.UTF_8),
                    java.util.Map.of("X-One", "1"), "Echo",
                    java.util.Map.of("Set-Cookie", java.util.List.of("a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT", "b=2")));
        }
        String text = request.method() + " " + new String(request.body(), StandardCharsets.UTF_8);
        return ServerResponse.of(200, "text/plain", text.getBytes(StandardCharsets.UTF_8), "Echo");
    }
}
