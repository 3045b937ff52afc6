package io.stratus.junit5.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.ResetMode;
import io.stratus.junit5.StratusReset;
import io.stratus.junit5.StratusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Each test writes one item, then reports how many it sees: 1 when the tables were reset before it. */
public final class ResetSamples {
    private ResetSamples() {
    }

    /** Reset before each test, from the annotation. */
    @StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    public static class ResetBeforeEach {
        @Test
        @Order(1)
        void first(DynamoDbClient dynamo) {
            Items.put(dynamo, "first");
            assertThat(Items.count(dynamo)).isEqualTo(1);
        }

        @Test
        @Order(2)
        void second(DynamoDbClient dynamo) {
            Items.put(dynamo, "second");
            assertThat(Items.count(dynamo)).isEqualTo(1);
        }
    }

    /** Data kept; the third test overrides the class and resets. */
    @StratusTest(template = "template.yaml")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    public static class KeepWithOneResettingTest {
        @Test
        @Order(1)
        void first(DynamoDbClient dynamo) {
            Items.put(dynamo, "first");
            assertThat(Items.count(dynamo)).isEqualTo(1);
        }

        @Test
        @Order(2)
        void second(DynamoDbClient dynamo) {
            Items.put(dynamo, "second");
            assertThat(Items.count(dynamo)).isEqualTo(2);
        }

        @Test
        @Order(3)
        @StratusReset(ResetMode.BEFORE_EACH)
        void third(DynamoDbClient dynamo) {
            Items.put(dynamo, "third");
            assertThat(Items.count(dynamo)).isEqualTo(1);
        }
    }
}
