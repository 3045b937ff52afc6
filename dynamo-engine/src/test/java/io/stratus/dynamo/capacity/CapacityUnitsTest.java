package io.stratus.dynamo.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapacityUnitsTest {

    @Test
    void readsCostOneUnitPerStartedFourKilobytes() {
        assertThat(CapacityUnits.read(0, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(4096, true)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(4097, true)).isEqualTo(2.0);
    }

    @Test
    void eventuallyConsistentReadsCostHalf() {
        assertThat(CapacityUnits.read(0, false)).isEqualTo(0.5);
        assertThat(CapacityUnits.read(8193, false)).isEqualTo(1.5);
    }

    @Test
    void writesCostOneUnitPerStartedKilobyteOfTheLargerItem() {
        assertThat(CapacityUnits.write(0, 10)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(3000, 10)).isEqualTo(3.0);
        assertThat(CapacityUnits.write(1024, 1025)).isEqualTo(2.0);
    }
}
