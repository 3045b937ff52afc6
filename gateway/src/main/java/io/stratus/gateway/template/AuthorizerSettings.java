package io.stratus.gateway.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads authorizer declarations (SAM {@code Auth.Authorizers}, {@code AWS::ApiGateway::Authorizer},
 * {@code AWS::ApiGatewayV2::Authorizer} and OpenAPI {@code x-amazon-apigateway-authorizer}) into
 * {@link AuthorizerDefinition}s with identity sources spelled as the API kind spells them.
 */
final class AuthorizerSettings {

    /** HTTP APIs cache Lambda authorizer answers only when asked to ({@code AuthorizerResultTtlInSeconds} 0). */
    private static final int HTTP_DEFAULT_TTL = 0;

    private AuthorizerSettings() {
    }

    /** SAM {@code AWS::Serverless::Api} authorizer: Cognito ({@code UserPoolArn}) or Lambda ({@code FunctionArn}). */
    static AuthorizerDefinition samRest(String name, ResolvedProperties p) {
        ResolvedProperties identity = p.map("Identity");
        if (p.has("UserPoolArn")) {
            List<String> pools = p.strings("UserPoolArn");
            String header = identity.string("Header", "Authorization");
            return new AuthorizerDefinition(name, AuthorizerType.COGNITO_USER_POOLS, null,
                    List.of("method.request.header." + header), 0, pools.isEmpty() ? null : cognitoIssuer(pools.get(0)),
                    List.of(), PayloadFormat.V1, false, identity.string("ValidationExpression"));
        }
        String function = requireFunction(p, "FunctionArn");
        AuthorizerType type = "REQUEST".equalsIgnoreCase(p.string("FunctionPayloadType", "TOKEN"))
                ? AuthorizerType.REQUEST : AuthorizerType.TOKEN;
        List<String> sources = new ArrayList<>();
        if (type == AuthorizerType.TOKEN) {
            sources.add("method.request.header." + identity.string("Header", "Authorization"));
        } else {
            identity.strings("Headers").forEach(h -> sources.add("method.request.header." + h));
            identity.strings("QueryStrings").forEach(q -> sources.add("method.request.querystring." + q));
            identity.strings("StageVariables").forEach(s -> sources.add("stageVariables." + s));
            identity.strings("Context").forEach(c -> sources.add("context." + c));
        }
        return new AuthorizerDefinition(name, type, function, sources,
                identity.integer("ReauthorizeEvery", ApiResources.DEFAULT_AUTHORIZER_TTL), null, List.of(),
                PayloadFormat.V1, false, identity.string("ValidationExpression"));
    }

    /** SAM {@code AWS::Serverless::HttpApi} authorizer: JWT ({@code JwtConfiguration}) or Lambda ({@code FunctionArn}). */
    static AuthorizerDefinition samHttp(String name, ResolvedProperties p) {
        if (p.has("JwtConfiguration")) {
            ResolvedProperties jwt = p.map("JwtConfiguration");
            return new AuthorizerDefinition(name, AuthorizerType.JWT, null,
                    List.of(p.string("IdentitySource", "$request.header.Authorization")), 0, jwt.string("issuer"),
                    jwt.strings("audience"), PayloadFormat.V2, false, null);
        }
        String function = requireFunction(p, "FunctionArn");
        ResolvedProperties identity = p.map("Identity");
        List<String> sources = new ArrayList<>();
        identity.strings("Headers").forEach(h -> sources.add("$request.header." + h));
        identity.strings("QueryStrings").forEach(q -> sources.add("$request.querystring." + q));
        identity.strings("StageVariables").forEach(s -> sources.add("$stageVariables." + s));
        identity.strings("Context").forEach(c -> sources.add("$context." + c));
        String version = p.string("AuthorizerPayloadFormatVersion");
        if (version == null) {
            throw TemplateException.at(p.path(), "AuthorizerPayloadFormatVersion must be specified for Lambda "
                    + "Authorizer " + name);
        }
        return new AuthorizerDefinition(name, AuthorizerType.REQUEST, function, sources,
                identity.integer("ReauthorizeEvery", HTTP_DEFAULT_TTL), null, List.of(),
                ApiResources.payloadFormat(version, p.path() + ".AuthorizerPayloadFormatVersion"),
                p.bool("EnableSimpleResponses", false), null);
    }

    /** {@code AWS::ApiGateway::Authorizer}. */
    static AuthorizerDefinition cfnRest(String name, ResolvedProperties p) {
        String type = p.string("Type", "TOKEN").toUpperCase(Locale.ROOT);
        List<String> sources = splitSources(p.string("IdentitySource"));
        int ttl = p.integer("AuthorizerResultTtlInSeconds", ApiResources.DEFAULT_AUTHORIZER_TTL);
        if (type.equals("COGNITO_USER_POOLS")) {
            List<String> pools = p.strings("ProviderARNs");
            return new AuthorizerDefinition(name, AuthorizerType.COGNITO_USER_POOLS, null, sources, 0,
                    pools.isEmpty() ? null : cognitoIssuer(pools.get(0)), List.of(), PayloadFormat.V1, false,
                    p.string("IdentityValidationExpression"));
        }
        return new AuthorizerDefinition(name, type.equals("REQUEST") ? AuthorizerType.REQUEST : AuthorizerType.TOKEN,
                requireFunction(p, "AuthorizerUri"), sources, ttl, null, List.of(), PayloadFormat.V1, false,
                p.string("IdentityValidationExpression"));
    }

    /** {@code AWS::ApiGatewayV2::Authorizer}. */
    static AuthorizerDefinition cfnHttp(String name, ResolvedProperties p) {
        List<String> sources = p.strings("IdentitySource");
        if (p.string("AuthorizerType", "JWT").equalsIgnoreCase("JWT")) {
            ResolvedProperties jwt = p.map("JwtConfiguration");
            return new AuthorizerDefinition(name, AuthorizerType.JWT, null,
                    sources.isEmpty() ? List.of("$request.header.Authorization") : sources, 0, jwt.string("Issuer"),
                    jwt.strings("Audience"), PayloadFormat.V2, false, null);
        }
        return new AuthorizerDefinition(name, AuthorizerType.REQUEST, requireFunction(p, "AuthorizerUri"), sources,
                p.integer("AuthorizerResultTtlInSeconds", HTTP_DEFAULT_TTL), null, List.of(),
                ApiResources.payloadFormat(p.string("AuthorizerPayloadFormatVersion", "2.0"), p.path()),
                p.bool("EnableSimpleResponses", false), null);
    }

    /** OpenAPI {@code x-amazon-apigateway-authorizer} of a security scheme. */
    static AuthorizerDefinition openApi(String name, ResolvedProperties scheme, ApiKind kind) {
        ResolvedProperties p = scheme.map("x-amazon-apigateway-authorizer");
        String type = p.string("type", "token").toLowerCase(Locale.ROOT);
        List<String> sources = p.raw("identitySource") instanceof List<?> ? p.strings("identitySource")
                : splitSources(p.string("identitySource"));
        switch (type) {
            case "jwt" -> {
                ResolvedProperties jwt = p.map("jwtConfiguration");
                return new AuthorizerDefinition(name, AuthorizerType.JWT, null,
                        sources.isEmpty() ? List.of("$request.header.Authorization") : sources, 0,
                        jwt.string("issuer"), jwt.strings("audience"), PayloadFormat.V2, false, null);
            }
            case "cognito_user_pools" -> {
                List<String> pools = p.strings("providerARNs");
                String header = scheme.string("name", "Authorization");
                return new AuthorizerDefinition(name, AuthorizerType.COGNITO_USER_POOLS, null,
                        List.of("method.request.header." + header), 0,
                        pools.isEmpty() ? null : cognitoIssuer(pools.get(0)), List.of(), PayloadFormat.V1, false, null);
            }
            default -> {
                AuthorizerType lambda = type.equals("request") ? AuthorizerType.REQUEST : AuthorizerType.TOKEN;
                if (lambda == AuthorizerType.TOKEN && sources.isEmpty()) {
                    sources = List.of("method.request.header." + scheme.string("name", "Authorization"));
                }
                boolean http = kind == ApiKind.HTTP;
                return new AuthorizerDefinition(name, lambda, requireFunction(p, "authorizerUri"), sources,
                        p.integer("authorizerResultTtlInSeconds", http ? HTTP_DEFAULT_TTL
                                : ApiResources.DEFAULT_AUTHORIZER_TTL), null, List.of(),
                        http ? ApiResources.payloadFormat(p.string("authorizerPayloadFormatVersion", "2.0"), p.path())
                                : PayloadFormat.V1,
                        p.bool("enableSimpleResponses", false), p.string("identityValidationExpression"));
            }
        }
    }

    private static List<String> splitSources(String sources) {
        List<String> out = new ArrayList<>();
        if (sources != null) {
            for (String s : sources.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static String requireFunction(ResolvedProperties p, String key) {
        String arn = p.string(key);
        if (arn == null) {
            throw TemplateException.at(p.path(), key + " is required for a Lambda authorizer");
        }
        String name = LogicalReference.functionName(arn);
        return name != null ? name : arn;
    }

    /**
     * The issuer of a user pool's tokens, {@code https://cognito-idp.{region}.amazonaws.com/{poolId}}, from
     * {@code arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}}; {@code null} when the ARN is only a
     * placeholder (Stratus does not emulate Cognito, so {@code !GetAtt Pool.Arn} stays unresolved).
     */
    static String cognitoIssuer(String poolArn) {
        String[] parts = poolArn.split(":");
        int slash = poolArn.indexOf("userpool/");
        if (parts.length < 6 || !parts[2].equals("cognito-idp") || slash < 0) {
            return null;
        }
        return "https://cognito-idp." + parts[3] + ".amazonaws.com/" + poolArn.substring(slash + "userpool/".length());
    }
}
