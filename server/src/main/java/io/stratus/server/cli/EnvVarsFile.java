package io.stratus.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.server.StratusStartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an environment file in the format of {@code sam local start-api --env-vars}: a JSON object whose
 * keys are function logical ids or names, or {@code Parameters} for every function, each holding an object
 * of variable names to values.
 *
 * <pre>{@code
 * {"ItemsFunction": {"LOG_LEVEL": "debug"}, "Parameters": {"STAGE": "local"}}
 * }</pre>
 *
 * <p>Numbers and booleans are taken as their JSON text ({@code 5}, {@code true}), as Lambda's environment
 * holds strings only.
 */
public final class EnvVarsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvVarsFile() {
    }

    /**
     * The overrides in {@code file}, by function key, in file order.
     *
     * @throws StratusStartupException with a one-line reason when the file is missing or not in the format
     */
    public static Map<String, Map<String, String>> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new StratusStartupException("Env-vars file not found: " + file);
        } catch (JsonProcessingException e) {
            throw invalid(file, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new StratusStartupException("Cannot read env-vars file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid(file, "expected a JSON object of function ids to variables, like "
                    + "{\"MyFunction\": {\"NAME\": \"value\"}, \"Parameters\": {\"NAME\": \"value\"}}");
        }
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> functions = root.fields(); functions.hasNext(); ) {
            Map.Entry<String, JsonNode> function = functions.next();
            if (!function.getValue().isObject()) {
                throw invalid(file, "\"" + function.getKey() + "\" must be an object of variable names to values");
            }
            Map<String, String> variables = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = function.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = it.next();
                JsonNode value = variable.getValue();
                if (!value.isValueNode() || value.isNull()) {
                    throw invalid(file, "\"" + function.getKey() + "\".\"" + variable.getKey()
                            + "\" must be a string, number or boolean");
                }
                variables.put(variable.getKey(), value.asText());
            }
            overrides.put(function.getKey(), variables);
        }
        return overrides;
    }

    private static StratusStartupException invalid(Path file, String reason) {
        return new StratusStartupException("Invalid env-vars file " + file + ": " + reason);
    }
}
