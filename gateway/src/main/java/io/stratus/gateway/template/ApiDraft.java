package io.stratus.gateway.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One API while the template's resources are still being read into it; becomes an {@link ApiDefinition}. */
final class ApiDraft {

    final String logicalId;
    final ApiKind kind;
    final String apiId;
    String stage;
    final Map<String, String> stageVariables = new LinkedHashMap<>();
    final List<ApiRoute> routes = new ArrayList<>();
    CorsPolicy cors;
    final List<String> binaryMediaTypes = new ArrayList<>();
    final Map<String, AuthorizerDefinition> authorizers = new LinkedHashMap<>();
    String defaultAuthorizer;
    List<String> defaultScopes = List.of();
    boolean apiKeyRequired;
    final Map<String, Map<String, Object>> models = new LinkedHashMap<>();

    ApiDraft(String logicalId, ApiKind kind, String apiId, String stage) {
        this.logicalId = logicalId;
        this.kind = kind;
        this.apiId = apiId;
        this.stage = stage;
    }

    ApiDefinition build(List<String> apiKeys) {
        return new ApiDefinition(logicalId, kind, apiId, stage, stageVariables, routes, cors, binaryMediaTypes,
                authorizers, kind == ApiKind.REST ? apiKeys : List.of());
    }
}
