package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.server.StratusServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration timeouts: REST answers 504 "Endpoint request timed out", HTTP APIs 503 "Service Unavailable". AWS
 * waits 29 s (REST) and 30 s (HTTP); this class starts its own Stratus with 2 s so the function (sleeping 6 s,
 * well inside its own 30 s timeout) outlasts the gateway.
 */
@ExtendWith(ApiTargetExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeoutsTest {

    private StratusServer server;

    @BeforeAll
    void start() {
        server = ApiTarget.builder("sam.yaml").integrationTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aRestIntegrationOutlastingTheTimeoutIs504(ApiTarget target) {
        long started = System.nanoTime();
        HttpResponse<String> response = target.text(target.request(server, "/Prod/rest/slow").GET());
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InternalServerErrorException");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anHttpApiIntegrationOutlastingTheTimeoutIs503(ApiTarget target) {
        HttpResponse<String> response = target.text(target.request(server, "/http/slow").GET());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ServiceUnavailableException");
    }
}
