package io.stratus.gateway.template;

import java.util.List;
import java.util.Map;

/**
 * What a REST method's request validator checks before the integration runs.
 *
 * @param modelName          the body model's name, or {@code null} when only parameters are checked
 * @param schema             the model's JSON Schema (draft 4) as a plain tree, or {@code null}
 * @param validateBody       whether the body is checked against {@code schema}
 * @param validateParameters whether {@code requiredParameters} are checked
 * @param requiredParameters required request parameters as API Gateway names them, e.g.
 *                           {@code method.request.querystring.type} or {@code method.request.header.x-id}
 */
public record RequestValidation(String modelName, Map<String, Object> schema, boolean validateBody,
                                boolean validateParameters, List<String> requiredParameters) {

    /** Copies the list so the record stays immutable; the schema tree is already unmodifiable. */
    public RequestValidation {
        requiredParameters = List.copyOf(requiredParameters);
    }
}
