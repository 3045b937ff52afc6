package io.stratus.junit5.samples;

import io.stratus.junit5.StratusTest;
import java.net.URI;
import io.stratus.junit5.StratusInject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Classes that report the endpoint of their instance. */
public final class SharedSamples {
    private SharedSamples() {
    }

    /** Shared. */
    @StratusTest(template = "template.yaml", shared = true)
    public static class SharedOne {
        @Test
        void reports(@StratusInject URI endpoint, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
        }
    }

    /** Shared, same configuration. */
    @StratusTest(template = "template.yaml", shared = true)
    public static class SharedTwo {
        @Test
        void reports(@StratusInject URI endpoint, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
        }
    }

    /** Its own instance. */
    @StratusTest(template = "template.yaml")
    public static class Own {
        @Test
        void reports(@StratusInject URI endpoint, TestReporter reporter) {
            reporter.publishEntry("endpoint", endpoint.toString());
        }
    }
}
