package io.stratus.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    @Test
    void theDefaultIntegrationTimeoutsAreAwsQuotas29SecondsForRestAnd30ForHttpApis() {
        GatewaySettings defaults = GatewaySettings.defaults();
        assertThat(defaults.restTimeout()).isEqualTo(Duration.ofSeconds(29));
        assertThat(defaults.httpTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shorterTimeoutsCanBeSetForTestsWithoutTouchingTheRest() {
        GatewaySettings settings = GatewaySettings.defaults().withAccount("eu-west-1", "123456789012")
                .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(300));
        assertThat(settings.restTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.httpTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(settings.region()).isEqualTo("eu-west-1");
    }
}
