package io.stratus.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.server.StratusStartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvVarsFileTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("env.json"), json);
    }

    @Test
    void functionsAndParametersAreReadInFileOrderWithScalarsAsText() throws Exception {
        Path env = file("""
                {"ItemsFunction": {"LOG_LEVEL": "debug", "RETRIES": 3, "DRY_RUN": true},
                 "Parameters": {"STAGE": "local"}}
                """);

        assertThat(EnvVarsFile.read(env)).containsExactly(
                Map.entry("ItemsFunction", Map.of("LOG_LEVEL", "debug", "RETRIES", "3", "DRY_RUN", "true")),
                Map.entry("Parameters", Map.of("STAGE", "local")));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> EnvVarsFile.read(missing)).isInstanceOf(StratusStartupException.class)
                .hasMessage("Env-vars file not found: " + missing);
    }

    @Test
    void invalidJsonGivesTheLineAndColumn() throws Exception {
        Path env = file("{\"Fn\": {\"A\": \"x\",}\n");

        assertThatThrownBy(() -> EnvVarsFile.read(env))
                .hasMessage("Invalid env-vars file " + env + ": not valid JSON (line 1, column 18)");
    }

    @Test
    void aTopLevelThatIsNotAnObjectShowsTheExpectedShape() throws Exception {
        Path env = file("[\"A=b\"]");

        assertThatThrownBy(() -> EnvVarsFile.read(env)).hasMessage("Invalid env-vars file " + env
                + ": expected a JSON object of function ids to variables, like "
                + "{\"MyFunction\": {\"NAME\": \"value\"}, \"Parameters\": {\"NAME\": \"value\"}}");
    }

    @Test
    void aFunctionEntryThatIsNotAnObjectIsNamed() throws Exception {
        Path env = file("{\"ItemsFunction\": \"LOG_LEVEL=debug\"}");

        assertThatThrownBy(() -> EnvVarsFile.read(env)).hasMessage("Invalid env-vars file " + env
                + ": \"ItemsFunction\" must be an object of variable names to values");
    }

    @Test
    void aNestedOrNullValueIsNamed() throws Exception {
        Path nested = file("{\"Fn\": {\"A\": {\"b\": 1}}}");
        assertThatThrownBy(() -> EnvVarsFile.read(nested)).hasMessage("Invalid env-vars file " + nested
                + ": \"Fn\".\"A\" must be a string, number or boolean");

        Path nulls = file("{\"Fn\": {\"A\": null}}");
        assertThatThrownBy(() -> EnvVarsFile.read(nulls)).hasMessage("Invalid env-vars file " + nulls
                + ": \"Fn\".\"A\" must be a string, number or boolean");
    }
}
