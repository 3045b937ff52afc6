package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhysicalNamesTest {

    @Test
    void generatedNamesFollowCloudFormationsPattern() {
        assertThat(PhysicalNames.generate("stratus", "Orders", 255)).matches("stratus-Orders-[A-Z0-9]{13}");
    }

    @Test
    void generatedNamesAreDeterministicPerStackAndLogicalId() {
        assertThat(PhysicalNames.generate("s", "A", 255)).isEqualTo(PhysicalNames.generate("s", "A", 255))
                .isNotEqualTo(PhysicalNames.generate("s", "B", 255).replace("-B-", "-A-"));
    }

    @Test
    void longNamesAreCutToTheLimitLogicalIdFirst() {
        String name = PhysicalNames.generate("stack", "A".repeat(100), 63);
        assertThat(name).hasSize(63).startsWith("stack-AAAA");
    }

    @Test
    void apiIdsAreTenLowercaseCharacters() {
        assertThat(PhysicalNames.apiId("stratus", "MyApi")).matches("[a-z0-9]{10}");
    }
}
