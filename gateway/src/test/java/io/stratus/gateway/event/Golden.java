package io.stratus.gateway.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an event with a golden file under {@code src/test/resources/events}. The fields that vary per
 * request in AWS (request ids, times, latency) are replaced by placeholders on both sides, so a golden file
 * can be a real AWS sample event with only the stable fields checked exactly.
 *
 * <p>Run with {@code -Dgolden.write=true} to rewrite the files from the current output (then review the diff).
 */
final class Golden {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] VARIABLE = {"requestId", "extendedRequestId", "requestTime", "requestTimeEpoch",
        "time", "timeEpoch", "integrationLatency"};

    private Golden() {
    }

    static void assertMatches(ObjectNode actual, String name) {
        String resource = "/events/" + name + ".json";
        if (Boolean.getBoolean("golden.write")) {
            try {
                Files.writeString(Path.of("src/test/resources" + resource),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s", resource).isNotNull();
            JsonNode expected = JSON.readTree(in);
            assertThat(normalise(actual.deepCopy())).isEqualTo(normalise(expected.deepCopy()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : VARIABLE) {
                if (object.has(field)) {
                    object.put(field, "<" + field + ">");
                }
            }
            object.forEach(Golden::normalise);
        }
        return node;
    }
}
