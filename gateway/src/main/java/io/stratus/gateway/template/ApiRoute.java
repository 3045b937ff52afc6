package io.stratus.gateway.template;

import java.util.List;

/**
 * One route of an API: a method on a resource path (REST) or a route key (HTTP API), integrated with a
 * Lambda function through the proxy integration.
 *
 * @param method              the HTTP method in upper case, or {@code ANY}
 * @param path                the resource path ({@code /items/{id}}, {@code /{proxy+}}), or {@link #DEFAULT_ROUTE}
 * @param functionLogicalId   the integrated function's logical id, or {@code null} when only its ARN is known
 * @param functionName        the function name the gateway invokes
 * @param payloadFormat       the event format sent to the function
 * @param authorizer          the authorizer's name, or {@code null} for none
 * @param authorizationScopes scopes a JWT or Cognito authorizer requires; empty for none
 * @param apiKeyRequired      whether a valid {@code x-api-key} is required (REST only)
 * @param validation          the request validator, or {@code null}
 */
public record ApiRoute(String method, String path, String functionLogicalId, String functionName,
                       PayloadFormat payloadFormat, String authorizer, List<String> authorizationScopes,
                       boolean apiKeyRequired, RequestValidation validation) {

    /** The HTTP API route key that catches every request no other route matches. */
    public static final String DEFAULT_ROUTE = "$default";

    /** Copies the list so the record stays immutable. */
    public ApiRoute {
        authorizationScopes = List.copyOf(authorizationScopes);
    }

    /** Whether this is the HTTP API {@code $default} route. */
    public boolean isDefaultRoute() {
        return DEFAULT_ROUTE.equals(path);
    }

    /** The HTTP API route key: {@code GET /items/{id}}, {@code ANY /{proxy+}} or {@code $default}. */
    public String routeKey() {
        return isDefaultRoute() ? DEFAULT_ROUTE : method + " " + path;
    }
}
