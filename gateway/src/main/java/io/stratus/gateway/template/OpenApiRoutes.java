package io.stratus.gateway.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads routes from an inline OpenAPI (or Swagger 2) definition with API Gateway's extensions: each
 * operation's {@code x-amazon-apigateway-integration} of type {@code aws_proxy} whose {@code uri} names a
 * Lambda function, {@code security} requirements naming authorizers or the API key, authorizers from
 * {@code securitySchemes} / {@code securityDefinitions}, and {@code x-amazon-apigateway-binary-media-types}.
 * See https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */
final class OpenApiRoutes {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "x-amazon-apigateway-any-method");

    private OpenApiRoutes() {
    }

    static void read(ApiDraft draft, ResolvedProperties body, ApiResources resources) {
        for (String type : body.strings("x-amazon-apigateway-binary-media-types")) {
            draft.binaryMediaTypes.add(type);
        }
        ResolvedProperties schemes = body.has("components")
                ? body.map("components").map("securitySchemes") : body.map("securityDefinitions");
        String apiKeyScheme = null;
        for (String name : schemes.asMap().keySet()) {
            ResolvedProperties scheme = schemes.map(name);
            if (scheme.has("x-amazon-apigateway-authorizer")) {
                draft.authorizers.put(name, AuthorizerSettings.openApi(name, scheme, draft.kind));
            } else if ("apiKey".equals(scheme.string("type")) && "x-api-key".equalsIgnoreCase(scheme.string("name"))) {
                apiKeyScheme = name;
            }
        }
        List<Object> globalSecurity = list(body.raw("security"));
        ResolvedProperties paths = body.map("paths");
        for (String path : paths.asMap().keySet()) {
            ResolvedProperties item = paths.map(path);
            for (String key : item.asMap().keySet()) {
                if (!METHODS.contains(key.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                ResolvedProperties operation = item.map(key);
                ResolvedProperties integration = operation.map("x-amazon-apigateway-integration");
                String function = LogicalReference.functionName(integration.string("uri"));
                if (!"aws_proxy".equalsIgnoreCase(integration.string("type")) || function == null) {
                    resources.notice(operation.path() + ": only Lambda proxy (aws_proxy) integrations are served; "
                            + "this operation is not");
                    continue;
                }
                List<Object> security = operation.has("security") ? list(operation.raw("security")) : globalSecurity;
                String authorizer = null;
                List<String> scopes = List.of();
                boolean apiKey = false;
                for (Object requirement : security) {
                    if (requirement instanceof Map<?, ?> req) {
                        for (Map.Entry<?, ?> e : req.entrySet()) {
                            String name = String.valueOf(e.getKey());
                            if (name.equals(apiKeyScheme)) {
                                apiKey = true;
                            } else if (draft.authorizers.containsKey(name)) {
                                authorizer = name;
                                scopes = list(e.getValue()).stream().map(String::valueOf).toList();
                            }
                        }
                    }
                }
                PayloadFormat format = draft.kind == ApiKind.REST ? PayloadFormat.V1
                        : ApiResources.payloadFormat(integration.string("payloadFormatVersion", "2.0"),
                                integration.path());
                String routePath = path.equals("$default") ? ApiRoute.DEFAULT_ROUTE : path;
                draft.routes.add(new ApiRoute(ApiResources.method(key), routePath, resources.functionIdOf(function),
                        function, format, authorizer, scopes, apiKey, null));
            }
        }
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
