package io.stratus.junit5.samples;

import io.stratus.junit5.StratusExtension;
import io.stratus.junit5.StratusInject;
import io.stratus.junit5.StratusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Classes the extension must refuse, and one registered by hand. */
public final class MisconfiguredSamples {
    private MisconfiguredSamples() {
    }

    /** The extension without its annotation. */
    @ExtendWith(StratusExtension.class)
    public static class WithoutAnnotation {
        @Test
        void test() {
        }
    }

    /** A field of a type Stratus cannot provide. */
    @StratusTest
    public static class UnsupportedField {
        @StratusInject
        String notInjectable;

        @Test
        void test() {
        }
    }

    /** A template that exists nowhere. */
    @StratusTest(template = "missing.yaml")
    public static class MissingTemplate {
        @Test
        void test() {
        }
    }

    /** Registered with the builder rather than the annotation. */
    public static class Registered {
        @RegisterExtension
        static final StratusExtension STRATUS = StratusExtension.builder()
                .template("template.yaml").parameter("Stage", "registered").build();

        @StratusInject
        DynamoDbClient dynamo;

        @Test
        void seesTheTemplateWithItsParameter() {
            org.assertj.core.api.Assertions.assertThat(dynamo.listTables().tableNames())
                    .containsExactly("events", "orders-registered");
        }
    }
}
