package io.stratus.lambda.serde;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stratus.lambda.error.LambdaException;
import java.io.IOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the Invoke API's {@code X-Amz-Client-Context} (base64 of a JSON object) into the
 * {@link ClientContext} a handler gets from {@code Context.getClientContext()}, with the member names the Java
 * runtime reads: {@code client} ({@code installation_id}, {@code app_title}, {@code app_version_name},
 * {@code app_version_code}, {@code app_package_name}), {@code custom} and {@code env}.
 */
public final class ClientContextDecoder {
    private static final JsonFactory JSON = new JsonFactory();

    private ClientContextDecoder() {
    }

    /**
     * The decoded context.
     *
     * @throws LambdaException InvalidRequestContentException when it is not base64 of a JSON object
     */
    public static ClientContext decode(String header) {
        byte[] json;
        try {
            json = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            throw LambdaException.invalidClientContext();
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw LambdaException.invalidClientContext();
            }
            Map<String, String> client = Map.of();
            Map<String, String> custom = null;
            Map<String, String> env = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "client" -> client = strings(parser);
                    case "custom" -> custom = strings(parser);
                    case "env" -> env = strings(parser);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw LambdaException.invalidClientContext();
            }
            return new DecodedClientContext(new DecodedClient(client), custom, env);
        } catch (IOException e) {
            throw LambdaException.invalidClientContext();
        }
    }

    /** An object's scalar members as text; null for JSON null, nested values skipped. */
    private static Map<String, String> strings(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue()) {
                values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private record DecodedClientContext(Client client, Map<String, String> custom, Map<String, String> env)
            implements ClientContext {
        @Override
        public Client getClient() {
            return client;
        }

        @Override
        public Map<String, String> getCustom() {
            return custom;
        }

        @Override
        public Map<String, String> getEnvironment() {
            return env;
        }
    }

    private record DecodedClient(Map<String, String> fields) implements Client {
        @Override
        public String getInstallationId() {
            return fields.get("installation_id");
        }

        @Override
        public String getAppTitle() {
            return fields.get("app_title");
        }

        @Override
        public String getAppVersionName() {
            return fields.get("app_version_name");
        }

        @Override
        public String getAppVersionCode() {
            return fields.get("app_version_code");
        }

        @Override
        public String getAppPackageName() {
            return fields.get("app_package_name");
        }
    }
}
