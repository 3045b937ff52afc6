package io.stratus.bench.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsAreEightConnectionsFiveSecondsWarmUpFifteenMeasuredOverSockets() {
        LoadOptions options = LoadOptions.parse(new String[] {"--endpoint", "http://127.0.0.1:4566"});

        assertThat(options.connections()).isEqualTo(8);
        assertThat(options.warmupSeconds()).isEqualTo(5);
        assertThat(options.durationSeconds()).isEqualTo(15);
        assertThat(options.maxRequests()).isZero();
        assertThat(options.client()).isEqualTo(ClientKind.SOCKET);
        assertThat(Scenarios.select(options.scenarios())).extracting(Scenario::name)
                .containsExactly("PutItem", "GetItem", "Query", "Mixed", "ApiGet", "ApiPost");
    }

    @Test
    void laterOptionWinsSoScriptsCanPassDefaultsFirst() {
        LoadOptions options = LoadOptions.parse(new String[] {
            "--endpoint", "http://localhost:4566", "--connections", "8", "--connections", "2", "--client", "jdk"});

        assertThat(options.connections()).isEqualTo(2);
        assertThat(options.client()).isEqualTo(ClientKind.JDK);
    }

    @Test
    void endpointOffTheLoopbackInterfaceIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--endpoint", "http://192.0.2.1:4566"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--endpoint must be a loopback address; 192.0.2.1 resolves to 192.0.2.1");
    }

    @Test
    void missingEndpointIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--duration", "1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--endpoint is required");
    }

    @Test
    void unboundedDurationIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {
            "--endpoint", "http://127.0.0.1:4566", "--duration", "0"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--duration must be between 1 and 3600, not 0");
    }

    @Test
    void unknownScenarioNamesTheKnownOnes() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {
            "--endpoint", "http://127.0.0.1:4566", "--scenario", "getitem,scan"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scenario 'scan'; known: [PutItem, GetItem, Query, Mixed, ApiGet, ApiPost]");
    }
}
