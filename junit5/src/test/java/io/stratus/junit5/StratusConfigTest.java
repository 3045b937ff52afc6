package io.stratus.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@link StratusTest}: parameters and what makes two shared instances the same. */
class StratusConfigTest {

    @StratusTest(template = "template.yaml", parameters = {"Stage=prod", "Url=http://x?a=b"}, shared = true,
            reset = ResetMode.BEFORE_EACH)
    static class Annotated {
    }

    @StratusTest(parameters = "Stage")
    static class Malformed {
    }

    @StratusTest(template = "template.yaml", parameters = {"Stage=prod", "Url=http://x?a=b"}, shared = true)
    static class SameButKeeping {
    }

    @Test
    void parametersSplitAtTheFirstEqualsSign() {
        StratusConfig config = StratusConfig.of(Annotated.class.getAnnotation(StratusTest.class));

        assertThat(config.parameters()).containsExactly(Map.entry("Stage", "prod"), Map.entry("Url", "http://x?a=b"));
        assertThat(config.reset()).isEqualTo(ResetMode.BEFORE_EACH);
        assertThat(config.region()).isEqualTo("us-east-1");
    }

    @Test
    void parameterWithoutValueIsRejected() {
        assertThatThrownBy(() -> StratusConfig.of(Malformed.class.getAnnotation(StratusTest.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@StratusTest parameters are Name=Value, got 'Stage'");
    }

    @Test
    void classesDifferingOnlyInResetModeShareAnInstance() {
        assertThat(StratusConfig.of(Annotated.class.getAnnotation(StratusTest.class)).sharingKey())
                .isEqualTo(StratusConfig.of(SameButKeeping.class.getAnnotation(StratusTest.class)).sharingKey());
    }
}
