package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import io.stratus.gateway.template.model.ResourceDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads APIs declared with plain CloudFormation: {@code AWS::ApiGateway::RestApi} with its {@code Resource},
 * {@code Method}, {@code Stage}/{@code Deployment}, {@code Authorizer}, {@code Model},
 * {@code RequestValidator} and {@code ApiKey} resources, and {@code AWS::ApiGatewayV2::Api} (HTTP only; WebSocket
 * APIs are served elsewhere) with {@code Route}, {@code Integration}, {@code Stage} and {@code Authorizer}.
 */
final class CloudFormationApis {

    private final ApiResources resources;
    private final List<ResourceDeclaration> active;

    CloudFormationApis(ApiResources resources) {
        this.resources = resources;
        this.active = resources.active();
    }

    /** Declares the APIs themselves, so function events and child resources can point at them. */
    void declareApis() {
        for (ResourceDeclaration r : active) {
            if (r.type().equals("AWS::ApiGateway::RestApi")) {
                ResolvedProperties p = resources.properties(r);
                ApiDraft draft = resources.declare(r.logicalId(), ApiKind.REST, r.type(), null);
                p.strings("BinaryMediaTypes").forEach(t -> draft.binaryMediaTypes.add(t.replace("~1", "/")));
                if (p.has("Body")) {
                    OpenApiRoutes.read(draft, p.map("Body"), resources);
                }
            } else if (r.type().equals("AWS::ApiGatewayV2::Api")) {
                ResolvedProperties p = resources.properties(r);
                if (!"HTTP".equalsIgnoreCase(p.string("ProtocolType", "HTTP"))) {
                    continue;
                }
                ApiDraft draft = resources.declare(r.logicalId(), ApiKind.HTTP, r.type(), null);
                if (p.has("CorsConfiguration")) {
                    draft.cors = CorsSettings.http(p, "CorsConfiguration");
                }
                if (p.has("Body")) {
                    OpenApiRoutes.read(draft, p.map("Body"), resources);
                }
                String target = p.string("Target");
                if (target != null) {
                    // Quick create: a $default route to the target function and a $default stage.
                    String function = LogicalReference.functionName(target);
                    draft.routes.add(new ApiRoute("ANY", ApiRoute.DEFAULT_ROUTE, resources.functionIdOf(function),
                            function, PayloadFormat.V2, null, List.of(), false, null));
                    draft.stage = ApiDefinition.DEFAULT_STAGE;
                }
            }
        }
    }

    /** Reads stages, authorizers, keys, models and then the methods and routes that use them. */
    void readChildren() {
        Map<String, ResolvedProperties> restResources = new HashMap<>();
        Map<String, ResolvedProperties> integrations = new HashMap<>();
        Map<String, String> integrationIdsByName = new HashMap<>();
        Map<String, ResolvedProperties> validators = new HashMap<>();
        Map<String, ResourceDeclaration> models = new HashMap<>();
        for (ResourceDeclaration r : active) {
            switch (r.type()) {
                case "AWS::ApiGateway::Stage", "AWS::ApiGateway::Deployment" -> stage(r, "RestApiId", "Variables");
                case "AWS::ApiGatewayV2::Stage" -> stage(r, "ApiId", "StageVariables");
                case "AWS::ApiGateway::Authorizer" -> {
                    ApiDraft draft = owner(r, "RestApiId");
                    if (draft != null) {
                        draft.authorizers.put(r.logicalId(), AuthorizerSettings.cfnRest(r.logicalId(), resources.properties(r)));
                    }
                }
                case "AWS::ApiGatewayV2::Authorizer" -> {
                    ApiDraft draft = owner(r, "ApiId");
                    if (draft != null) {
                        draft.authorizers.put(r.logicalId(), AuthorizerSettings.cfnHttp(r.logicalId(), resources.properties(r)));
                    }
                }
                case "AWS::ApiGateway::ApiKey" -> {
                    ResolvedProperties p = resources.properties(r);
                    if (p.bool("Enabled", true)) {
                        String value = p.string("Value");
                        if (value == null) {
                            resources.notice("Resources." + r.logicalId() + ": an API key without Value gets a random "
                                    + "value in AWS; give it a Value to use it with Stratus");
                        } else {
                            resources.apiKey(value);
                        }
                    }
                }
                case "AWS::ApiGateway::Resource" -> restResources.put(r.logicalId(), null);
                case "AWS::ApiGateway::RequestValidator" -> validators.put(r.logicalId(), resources.properties(r));
                case "AWS::ApiGateway::Model" -> models.put(r.logicalId(), r);
                case "AWS::ApiGatewayV2::Integration" -> {
                    integrations.put(r.logicalId(), resources.properties(r));
                    integrationIdsByName.put(resources.physicalName(r.logicalId(), r.type()), r.logicalId());
                }
                default -> { }
            }
        }
        for (ResourceDeclaration r : active) {
            if (r.type().equals("AWS::ApiGateway::Method")) {
                method(r, validators, models);
            } else if (r.type().equals("AWS::ApiGatewayV2::Route")) {
                route(r, integrations, integrationIdsByName);
            }
        }
        for (ApiDraft draft : List.copyOf(allDrafts())) {
            if (draft.stage == null) {
                draft.stage = draft.kind == ApiKind.REST ? ApiResources.IMPLICIT_REST_STAGE : ApiDefinition.DEFAULT_STAGE;
                if (draft.kind == ApiKind.REST) {
                    resources.notice("API " + draft.logicalId + " has no AWS::ApiGateway::Stage or Deployment; "
                            + "served under stage " + draft.stage);
                }
            }
        }
    }

    private List<ApiDraft> allDrafts() {
        List<ApiDraft> out = new ArrayList<>();
        for (ResourceDeclaration r : active) {
            ApiDraft d = resources.draft(r.logicalId());
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private ApiDraft owner(ResourceDeclaration r, String key) {
        String id = LogicalReference.of(r.properties().get(key));
        return id == null ? null : resources.draft(id);
    }

    private void stage(ResourceDeclaration r, String apiKey, String variablesKey) {
        ApiDraft draft = owner(r, apiKey);
        ResolvedProperties p = resources.properties(r);
        String name = p.string("StageName");
        if (draft == null || name == null) {
            return;
        }
        if (draft.stage == null) {
            draft.stage = name;
            p.map(variablesKey).asMap().forEach((k, v) -> draft.stageVariables.put(k, IntrinsicResolver.text(v)));
        } else if (!draft.stage.equals(name)) {
            resources.notice("Resources." + r.logicalId() + ": API " + draft.logicalId + " is served only under its first "
                    + "stage, " + draft.stage + "; stage " + name + " is not served");
        }
    }

    private String resourcePath(Object rawId, Map<String, String> seen) {
        String id = LogicalReference.of(rawId);
        if (id == null || "RootResourceId".equals(LogicalReference.attribute(rawId))) {
            return "";
        }
        String known = seen.get(id);
        if (known != null) {
            return known;
        }
        ResourceDeclaration declared = active.stream().filter(r -> r.logicalId().equals(id)).findFirst().orElse(null);
        if (declared == null || !declared.type().equals("AWS::ApiGateway::Resource")) {
            return "";
        }
        String part = IntrinsicResolver.text(resources.resolveValue(declared.properties().get("PathPart"),
                declared.propertiesPath() + ".PathPart"));
        seen.put(id, "");  // a parent cycle ends at the root instead of recursing forever
        String path = resourcePath(declared.properties().get("ParentId"), seen) + "/" + part;
        seen.put(id, path);
        return path;
    }

    private void method(ResourceDeclaration r, Map<String, ResolvedProperties> validators,
                        Map<String, ResourceDeclaration> models) {
        ApiDraft draft = owner(r, "RestApiId");
        if (draft == null) {
            return;
        }
        ResolvedProperties p = resources.properties(r);
        ResolvedProperties integration = p.map("Integration");
        String function = LogicalReference.functionName(integration.string("Uri"));
        if (!"AWS_PROXY".equalsIgnoreCase(integration.string("Type")) || function == null) {
            resources.notice("Resources." + r.logicalId() + ": only Lambda proxy (AWS_PROXY) integrations are served");
            return;
        }
        String path = resourcePath(r.properties().get("ResourceId"), new HashMap<>());
        String authorizer = null;
        String authType = p.string("AuthorizationType", "NONE").toUpperCase(Locale.ROOT);
        if (authType.equals("CUSTOM") || authType.equals("COGNITO_USER_POOLS")) {
            authorizer = LogicalReference.of(r.properties().get("AuthorizerId"));
        } else if (authType.equals("AWS_IAM")) {
            resources.notice("Resources." + r.logicalId() + ": AWS_IAM authorization is not checked by Stratus");
        }
        RequestValidation validation = null;
        String validatorId = LogicalReference.of(r.properties().get("RequestValidatorId"));
        if (validatorId != null && validators.containsKey(validatorId)) {
            ResolvedProperties v = validators.get(validatorId);
            List<String> required = new ArrayList<>();
            p.map("RequestParameters").asMap().forEach((k, value) -> {
                if ("true".equalsIgnoreCase(IntrinsicResolver.text(value))) {
                    required.add(k);
                }
            });
            String modelName = null;
            Map<String, Object> schema = null;
            Object modelRef = r.properties().get("RequestModels") instanceof Map<?, ?> m ? m.get("application/json") : null;
            String modelId = LogicalReference.of(modelRef);
            if (modelId != null && models.containsKey(modelId)) {
                ResourceDeclaration model = models.get(modelId);
                ResolvedProperties mp = resources.properties(model);
                modelName = mp.string("Name", modelId);
                schema = ApiResources.asMap(mp.raw("Schema"));
            }
            validation = new RequestValidation(modelName, schema, v.bool("ValidateRequestBody", false),
                    v.bool("ValidateRequestParameters", false), required);
        }
        draft.routes.add(new ApiRoute(ApiResources.method(p.string("HttpMethod")), path.isEmpty() ? "/" : path,
                resources.functionIdOf(function), function, PayloadFormat.V1, authorizer,
                p.strings("AuthorizationScopes"), p.bool("ApiKeyRequired", false), validation));
    }

    private void route(ResourceDeclaration r, Map<String, ResolvedProperties> integrations,
                       Map<String, String> integrationIdsByName) {
        ApiDraft draft = owner(r, "ApiId");
        if (draft == null) {
            return;
        }
        ResolvedProperties p = resources.properties(r);
        String routeKey = p.string("RouteKey");
        String target = p.string("Target", "");
        String integrationName = target.startsWith("integrations/") ? target.substring("integrations/".length()) : target;
        String integrationId = integrationIdsByName.getOrDefault(integrationName, integrationName);
        ResolvedProperties integration = integrations.get(integrationId);
        String function = integration == null ? null : LogicalReference.functionName(integration.string("IntegrationUri"));
        if (integration == null || !"AWS_PROXY".equalsIgnoreCase(integration.string("IntegrationType")) || function == null) {
            resources.notice("Resources." + r.logicalId() + ": only routes to Lambda proxy (AWS_PROXY) integrations are "
                    + "served");
            return;
        }
        String authorizer = null;
        String authType = p.string("AuthorizationType", "NONE").toUpperCase(Locale.ROOT);
        if (authType.equals("JWT") || authType.equals("CUSTOM")) {
            authorizer = LogicalReference.of(r.properties().get("AuthorizerId"));
        }
        PayloadFormat format = ApiResources.payloadFormat(integration.string("PayloadFormatVersion", "2.0"),
                integration.path() + ".PayloadFormatVersion");
        String method;
        String path;
        if (ApiRoute.DEFAULT_ROUTE.equals(routeKey)) {
            method = "ANY";
            path = ApiRoute.DEFAULT_ROUTE;
        } else {
            int space = routeKey == null ? -1 : routeKey.indexOf(' ');
            if (space < 0) {
                throw TemplateException.at("Resources." + r.logicalId() + ".Properties.RouteKey",
                        "expected '$default' or 'METHOD /path', found: " + routeKey);
            }
            method = ApiResources.method(routeKey.substring(0, space));
            path = routeKey.substring(space + 1).trim();
        }
        draft.routes.add(new ApiRoute(method, path, resources.functionIdOf(function), function, format, authorizer,
                p.strings("AuthorizationScopes"), false, null));
    }
}
