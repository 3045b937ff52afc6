package io.stratus.gateway.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.QueryString;
import io.stratus.gateway.template.RequestValidation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request against a method's {@link RequestValidation} in API Gateway's order: required
 * parameters first ({@code {"message": "Missing required request parameters: [a, b]"}}), then the body
 * ({@code {"message": "Invalid request body"}}; the schema's own complaints go to API Gateway's execution
 * log, never to the client). Schemas are compiled once per model and cached.
 */
public final class RequestValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory DRAFT_4 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final Map<RequestValidation, JsonSchema> schemas = new ConcurrentHashMap<>();

    /**
     * Validates the request.
     *
     * @param pathParameters the matched path parameters, for {@code method.request.path.X}
     * @throws GatewayException 400 with API Gateway's message
     */
    public void validate(RequestValidation validation, ApiRequest request, Map<String, String> pathParameters) {
        if (validation.validateParameters()) {
            List<String> missing = new ArrayList<>();
            Map<String, List<String>> query = QueryString.parse(request.rawQueryString());
            for (String parameter : validation.requiredParameters()) {
                String name = parameter.substring(parameter.lastIndexOf('.') + 1);
                boolean present;
                if (parameter.startsWith("method.request.querystring.")) {
                    present = query.containsKey(name);
                } else if (parameter.startsWith("method.request.header.")) {
                    present = request.header(name) != null;
                } else if (parameter.startsWith("method.request.path.")) {
                    present = pathParameters.containsKey(name);
                } else {
                    present = true;
                }
                if (!present) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new GatewayException(GatewayError.BAD_REQUEST_PARAMETERS, String.join(", ", missing),
                        "missing " + missing);
            }
        }
        if (validation.validateBody() && validation.schema() != null) {
            JsonNode body;
            try {
                body = request.body().length == 0 ? null : JSON.readTree(request.body());
            } catch (IOException e) {
                throw invalidBody("body is not JSON");
            }
            if (body == null) {
                throw invalidBody("body is empty");
            }
            JsonSchema schema = schemas.computeIfAbsent(validation, v -> DRAFT_4.getSchema(JSON.valueToTree(v.schema())));
            var errors = schema.validate(body);
            if (!errors.isEmpty()) {
                throw invalidBody(errors.toString());
            }
        }
    }

    private static GatewayException invalidBody(String why) {
        return new GatewayException(GatewayError.BAD_REQUEST_BODY, null, "Invalid request body: " + why);
    }
}
