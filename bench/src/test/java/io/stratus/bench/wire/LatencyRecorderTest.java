package io.stratus.bench.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentilesAreNearestRankOverAllWorkers() {
        LatencyRecorder first = new LatencyRecorder();
        LatencyRecorder second = new LatencyRecorder();
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? first : second).record(i);
        }

        LatencyRecorder.Latencies latencies = LatencyRecorder.merge(List.of(first, second));

        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(90)).isEqualTo(90);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
        assertThat(latencies.max()).isEqualTo(100);
    }

    @Test
    void recorderGrowsBeyondItsInitialCapacity() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 200_000; i++) {
            recorder.record(200_000 - i);
        }

        assertThat(recorder.count()).isEqualTo(200_000);
        assertThat(LatencyRecorder.merge(List.of(recorder)).percentile(50)).isEqualTo(100_000);
    }

    @Test
    void noSamplesGiveZeroes() {
        LatencyRecorder.Latencies latencies = LatencyRecorder.merge(List.of(new LatencyRecorder()));

        assertThat(latencies.percentile(99)).isZero();
        assertThat(latencies.max()).isZero();
    }
}
