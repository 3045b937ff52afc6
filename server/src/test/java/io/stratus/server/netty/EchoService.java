package io.stratus.server.netty;

import java.nio.charset.StandardCharsets;

/** A test service under {@code /echo} answering with the request body, or failing on {@code /echo/fail}. */
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
        String text = request.method() + " " + new String(request.body(), StandardCharsets.UTF_8);
        return ServerResponse.of(200, "text/plain", text.getBytes(StandardCharsets.UTF_8), "Echo");
    }
}
