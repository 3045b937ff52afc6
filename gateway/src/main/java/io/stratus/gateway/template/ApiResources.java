package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import io.stratus.gateway.template.model.ResourceDeclaration;
import io.stratus.gateway.template.model.TemplateDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads every API of a template into {@link ApiDefinition}s: SAM's {@code AWS::Serverless::Api} and
 * {@code AWS::Serverless::HttpApi}, the implicit {@code ServerlessRestApi} / {@code ServerlessHttpApi}
 * that function {@code Api} / {@code HttpApi} events create, OpenAPI definition bodies, and the plain
 * CloudFormation {@code AWS::ApiGateway::*} and {@code AWS::ApiGatewayV2::*} resources.
 *
 * <p>SAM's rules follow the SAM specification (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
 * and sam-property-function-httpapi.html): the implicit REST API's stage is {@code Prod}, HTTP APIs default
 * to the {@code $default} stage and payload format 2.0, a function {@code HttpApi} event without
 * {@code Path} and {@code Method} is the {@code $default} route.
 */
final class ApiResources {

    /** SAM's stage for the implicit REST API. */
    static final String IMPLICIT_REST_STAGE = "Prod";
    static final String IMPLICIT_REST_API = "ServerlessRestApi";
    static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";
    /** API Gateway's default {@code AuthorizerResultTtlInSeconds} for Lambda authorizers. */
    static final int DEFAULT_AUTHORIZER_TTL = 300;

    /** The resource types this class reads; the loader neither lists them as ignored nor as not served. */
    static final Set<String> TYPES = Set.of("AWS::Serverless::Api", "AWS::Serverless::HttpApi",
            "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Resource", "AWS::ApiGateway::Method",
            "AWS::ApiGateway::Stage", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Authorizer",
            "AWS::ApiGateway::ApiKey", "AWS::ApiGateway::Model", "AWS::ApiGateway::RequestValidator",
            "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Integration",
            "AWS::ApiGatewayV2::Stage", "AWS::ApiGatewayV2::Authorizer");
    /** The SAM Globals sections applied to APIs. */
    static final Set<String> GLOBALS = Set.of("Api", "HttpApi");

    private static final Set<String> FUNCTION_TYPES = Set.of("AWS::Serverless::Function", "AWS::Lambda::Function");

    private final TemplateDocument document;
    private final ResourceCatalog catalog;
    private final IntrinsicResolver resolver;
    private final Consumer<String> notices;
    private final Map<String, ApiDraft> drafts = new LinkedHashMap<>();
    private final Map<String, String> functionIdsByName = new HashMap<>();
    private final List<String> apiKeys = new ArrayList<>();

    private ApiResources(TemplateDocument document, ResourceCatalog catalog, IntrinsicResolver resolver,
                         Consumer<String> notices) {
        this.document = document;
        this.catalog = catalog;
        this.resolver = resolver;
        this.notices = notices;
    }

    /** The template's APIs, explicit ones first in template order, then the implicit ones. */
    static List<ApiDefinition> read(TemplateDocument document, ResourceCatalog catalog, IntrinsicResolver resolver,
                                    Consumer<String> notices) {
        return new ApiResources(document, catalog, resolver, notices).read();
    }

    private List<ApiDefinition> read() {
        for (ResourceDeclaration r : active()) {
            if (FUNCTION_TYPES.contains(r.type())) {
                functionIdsByName.put(functionName(r.logicalId()), r.logicalId());
            }
        }
        for (ResourceDeclaration r : active()) {
            switch (r.type()) {
                case "AWS::Serverless::Api" -> samApi(r);
                case "AWS::Serverless::HttpApi" -> samHttpApi(r);
                default -> { }
            }
        }
        CloudFormationApis cfn = new CloudFormationApis(this);
        cfn.declareApis();
        for (ResourceDeclaration r : active()) {
            if (r.type().equals("AWS::Serverless::Function")) {
                functionEvents(r);
            }
        }
        cfn.readChildren();
        List<ApiDefinition> apis = new ArrayList<>();
        for (ApiDraft draft : drafts.values()) {
            if (draft.routes.isEmpty()) {
                notices.accept("API " + draft.logicalId + " has no Lambda proxy routes; nothing is served for it");
            }
            apis.add(draft.build(apiKeys));
        }
        return apis;
    }

    // ---- shared with CloudFormationApis ----

    List<ResourceDeclaration> active() {
        List<ResourceDeclaration> out = new ArrayList<>();
        for (ResourceDeclaration r : document.resources().values()) {
            if (r.condition() == null || resolver.condition(r.condition(), "Resources." + r.logicalId() + ".Condition")) {
                out.add(r);
            }
        }
        return out;
    }

    ResolvedProperties properties(ResourceDeclaration r) {
        return ResolvedProperties.of(resolver.resolve(r.properties(), r.propertiesPath()), r.propertiesPath());
    }

    ResolvedProperties resolve(Object raw, String path) {
        return ResolvedProperties.of(resolver.resolve(raw, path), path);
    }

    Object resolveValue(Object raw, String path) {
        return resolver.resolve(raw, path);
    }

    String physicalName(String logicalId, String type) {
        return catalog.physicalName(logicalId, type, resolver);
    }

    ApiDraft draft(String logicalId) {
        return drafts.get(logicalId);
    }

    ApiDraft declare(String logicalId, ApiKind kind, String type, String stage) {
        ApiDraft draft = new ApiDraft(logicalId, kind, catalog.physicalName(logicalId, type, resolver), stage);
        drafts.put(logicalId, draft);
        return draft;
    }

    void notice(String text) {
        notices.accept(text);
    }

    void apiKey(String value) {
        apiKeys.add(value);
    }

    String functionIdOf(String functionName) {
        return functionIdsByName.get(functionName);
    }

    private String functionName(String logicalId) {
        ResourceDeclaration declared = document.resources().get(logicalId);
        return catalog.physicalName(logicalId, declared.type(), resolver);
    }

    // ---- SAM ----

    private Map<String, Object> withGlobals(String section, ResourceDeclaration r) {
        Map<String, Object> merged = new LinkedHashMap<>(document.globals().section(section));
        if (r != null) {
            merged.putAll(r.properties());
        }
        return merged;
    }

    private void samApi(ResourceDeclaration r) {
        ResolvedProperties p = resolve(withGlobals("Api", r), r.propertiesPath());
        ApiDraft draft = declare(r.logicalId(), ApiKind.REST, r.type(), p.string("StageName", IMPLICIT_REST_STAGE));
        samRestSettings(draft, p);
    }

    private void samRestSettings(ApiDraft draft, ResolvedProperties p) {
        p.map("Variables").asMap().forEach((k, v) -> draft.stageVariables.put(k, IntrinsicResolver.text(v)));
        for (String type : p.strings("BinaryMediaTypes")) {
            draft.binaryMediaTypes.add(type.replace("~1", "/"));
        }
        if (p.has("Cors")) {
            draft.cors = CorsSettings.samRest(p, p.path() + ".Cors");
        }
        ResolvedProperties auth = p.map("Auth");
        draft.apiKeyRequired = auth.bool("ApiKeyRequired", false);
        draft.defaultAuthorizer = auth.string("DefaultAuthorizer");
        auth.map("Authorizers").asMap().forEach((name, value) -> draft.authorizers.put(name,
                AuthorizerSettings.samRest(name, ResolvedProperties.of(value, auth.path() + ".Authorizers." + name))));
        p.map("Models").asMap().forEach((name, schema) -> draft.models.put(name, asMap(schema)));
        if (p.has("DefinitionBody")) {
            OpenApiRoutes.read(draft, p.map("DefinitionBody"), this);
        }
        if (p.has("DefinitionUri")) {
            notice(p.path() + ".DefinitionUri: the OpenAPI file is not read; give the definition inline as DefinitionBody");
        }
    }

    private void samHttpApi(ResourceDeclaration r) {
        ResolvedProperties p = resolve(withGlobals("HttpApi", r), r.propertiesPath());
        ApiDraft draft = declare(r.logicalId(), ApiKind.HTTP, r.type(), p.string("StageName", ApiDefinition.DEFAULT_STAGE));
        samHttpSettings(draft, p);
    }

    private void samHttpSettings(ApiDraft draft, ResolvedProperties p) {
        p.map("StageVariables").asMap().forEach((k, v) -> draft.stageVariables.put(k, IntrinsicResolver.text(v)));
        if (p.has("CorsConfiguration")) {
            draft.cors = CorsSettings.http(p, "CorsConfiguration");
        }
        ResolvedProperties auth = p.map("Auth");
        draft.defaultAuthorizer = auth.string("DefaultAuthorizer");
        auth.map("Authorizers").asMap().forEach((name, value) -> draft.authorizers.put(name,
                AuthorizerSettings.samHttp(name, ResolvedProperties.of(value, auth.path() + ".Authorizers." + name))));
        if (p.has("DefinitionBody")) {
            OpenApiRoutes.read(draft, p.map("DefinitionBody"), this);
        }
        if (p.has("DefinitionUri")) {
            notice(p.path() + ".DefinitionUri: the OpenAPI file is not read; give the definition inline as DefinitionBody");
        }
    }

    private ApiDraft implicitApi(ApiKind kind) {
        String id = kind == ApiKind.REST ? IMPLICIT_REST_API : IMPLICIT_HTTP_API;
        ApiDraft draft = drafts.get(id);
        if (draft != null) {
            return draft;
        }
        if (kind == ApiKind.REST) {
            draft = declare(id, kind, "AWS::ApiGateway::RestApi", IMPLICIT_REST_STAGE);
            samRestSettings(draft, resolve(withGlobals("Api", null), "Globals.Api"));
            // Globals.Api.StageName does not rename the implicit API's stage in SAM; it stays Prod.
            draft.stage = IMPLICIT_REST_STAGE;
        } else {
            draft = declare(id, kind, "AWS::ApiGatewayV2::Api", ApiDefinition.DEFAULT_STAGE);
            ResolvedProperties globals = resolve(withGlobals("HttpApi", null), "Globals.HttpApi");
            samHttpSettings(draft, globals);
            draft.stage = globals.string("StageName", ApiDefinition.DEFAULT_STAGE);
        }
        return draft;
    }

    @SuppressWarnings("unchecked")
    private void functionEvents(ResourceDeclaration function) {
        if (!(function.properties().get("Events") instanceof Map<?, ?> events)) {
            return;
        }
        String functionName = functionName(function.logicalId());
        for (Map.Entry<?, ?> e : events.entrySet()) {
            String path = function.propertiesPath() + ".Events." + e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> event)) {
                continue;
            }
            String type = IntrinsicResolver.text(resolver.resolve(event.get("Type"), path + ".Type"));
            if (!"Api".equals(type) && !"HttpApi".equals(type)) {
                continue;
            }
            ApiKind kind = type.equals("Api") ? ApiKind.REST : ApiKind.HTTP;
            String apiKey = kind == ApiKind.REST ? "RestApiId" : "ApiId";
            Map<String, Object> raw = event.get("Properties") instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            Object apiRef = raw.remove(apiKey);
            ResolvedProperties p = resolve(raw, path + ".Properties");
            ApiDraft draft;
            if (apiRef == null) {
                draft = implicitApi(kind);
            } else {
                String id = LogicalReference.of(apiRef);
                draft = id == null ? null : drafts.get(id);
                if (draft == null || draft.kind != kind) {
                    throw TemplateException.at(path + ".Properties." + apiKey, "Event with id [" + e.getKey()
                            + "] is invalid. " + apiKey + " must be a valid reference to an '"
                            + (kind == ApiKind.REST ? "AWS::Serverless::Api" : "AWS::Serverless::HttpApi")
                            + "' resource in same template.");
                }
            }
            draft.routes.add(eventRoute(draft, p, function.logicalId(), functionName, path));
        }
    }

    private ApiRoute eventRoute(ApiDraft draft, ResolvedProperties p, String functionId, String functionName,
                                String path) {
        ResolvedProperties auth = p.map("Auth");
        String authorizer = auth.has("Authorizer") ? auth.string("Authorizer") : draft.defaultAuthorizer;
        if ("AWS_IAM".equals(authorizer)) {
            notice(path + ": AWS_IAM authorization is not checked by Stratus; the route is open");
            authorizer = null;
        } else if ("NONE".equals(authorizer)) {
            authorizer = null;
        }
        if (authorizer != null && !draft.authorizers.containsKey(authorizer)) {
            throw TemplateException.at(path, "Unable to set Authorizer [" + authorizer + "] on API method because "
                    + "the related API does not define any Authorizers with that name.");
        }
        List<String> scopes = auth.has("AuthorizationScopes") ? auth.strings("AuthorizationScopes") : draft.defaultScopes;
        if (draft.kind == ApiKind.HTTP) {
            String routePath = p.string("Path");
            String method = p.string("Method");
            PayloadFormat format = payloadFormat(p.string("PayloadFormatVersion", "2.0"), p.path());
            if (routePath == null && method == null) {
                return new ApiRoute("ANY", ApiRoute.DEFAULT_ROUTE, functionId, functionName, format, authorizer,
                        scopes, false, null);
            }
            return new ApiRoute(method(method), requirePath(routePath, p.path()), functionId, functionName, format,
                    authorizer, scopes, false, null);
        }
        boolean apiKeyRequired = auth.bool("ApiKeyRequired", draft.apiKeyRequired);
        return new ApiRoute(method(p.string("Method")), requirePath(p.string("Path"), p.path()), functionId,
                functionName, PayloadFormat.V1, authorizer, scopes, apiKeyRequired, validation(draft, p));
    }

    private RequestValidation validation(ApiDraft draft, ResolvedProperties p) {
        List<String> required = new ArrayList<>();
        Object parameters = p.raw("RequestParameters");
        if (parameters instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> named) {
                    for (Map.Entry<?, ?> entry : named.entrySet()) {
                        if (entry.getValue() instanceof Map<?, ?> settings
                                && "true".equalsIgnoreCase(String.valueOf(settings.get("Required")))) {
                            required.add(String.valueOf(entry.getKey()));
                        }
                    }
                }
            }
        }
        ResolvedProperties model = p.map("RequestModel");
        String modelName = model.string("Model");
        Boolean body = model.boolOrNull("ValidateBody");
        Boolean params = model.boolOrNull("ValidateParameters");
        // SAM adds a request validator only when ValidateBody or ValidateParameters is given; the other
        // one then defaults to false (samtranslator's api event source).
        if (body == null && params == null) {
            return null;
        }
        Map<String, Object> schema = null;
        if (modelName != null) {
            schema = draft.models.get(modelName);
            if (schema == null) {
                throw TemplateException.at(model.path() + ".Model", "Unable to set RequestModel [" + modelName
                        + "] on API method because the related API does not define any Models with that name.");
            }
        }
        return new RequestValidation(modelName, schema, Boolean.TRUE.equals(body), Boolean.TRUE.equals(params),
                required);
    }

    static String method(String method) {
        if (method == null) {
            return "ANY";
        }
        String upper = method.toUpperCase(Locale.ROOT);
        return upper.equals("X-AMAZON-APIGATEWAY-ANY-METHOD") ? "ANY" : upper;
    }

    private static String requirePath(String path, String where) {
        if (path == null || !path.startsWith("/")) {
            throw TemplateException.at(where + ".Path", "expected an API path starting with '/', found: " + path);
        }
        return path;
    }

    static PayloadFormat payloadFormat(String version, String where) {
        PayloadFormat format = PayloadFormat.of(version);
        if (format == null) {
            throw TemplateException.at(where, "PayloadFormatVersion must be 1.0 or 2.0, found: " + version);
        }
        return format;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
