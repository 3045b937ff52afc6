package io.stratus.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private final HealthService health = new HealthService(Map.of("dynamodb", "running"), "1.2.3");

    private static ServerRequest request(String method, String path) {
        return new ServerRequest(method, path, Map.of(), new DefaultHttpHeaders(), new byte[0], "ID");
    }

    @Test
    void getOnTheHealthPathReportsRunningServicesAndVersion() {
        ServerResponse response = health.handle(request("GET", "/_stratus/health"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"running\",\"services\":{\"dynamodb\":\"running\"},\"version\":\"1.2.3\"}");
    }

    @Test
    void onlyGetAndHeadOnTheHealthPathAreAccepted() {
        assertThat(health.accepts(request("GET", "/_stratus/health"))).isTrue();
        assertThat(health.accepts(request("HEAD", "/_stratus/health"))).isTrue();
        assertThat(health.accepts(request("POST", "/_stratus/health"))).isFalse();
        assertThat(health.accepts(request("GET", "/_stratus/healthz"))).isFalse();
        assertThat(health.accepts(request("GET", "/"))).isFalse();
    }
}
