package io.stratus.gateway.route;

import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiRoute;
import java.util.Map;

/**
 * A request matched to a route.
 *
 * @param api            the API that serves it
 * @param route          the route
 * @param pathParameters path parameter name → value; empty when the route has none
 * @param path           the request path without the stage prefix, e.g. {@code /items/1}
 * @param viaStage       whether the request named the stage ({@code /Prod/items/1}) rather than the root
 */
public record RouteMatch(ApiDefinition api, ApiRoute route, Map<String, String> pathParameters, String path,
                         boolean viaStage) {

    /** Copies the map so the record stays immutable. */
    public RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }

    /** The path as API Gateway reports it in {@code requestContext.path}: with the stage, unless it is {@code $default}. */
    public String stagePath() {
        return api.hasDefaultStage() ? path : "/" + api.stage() + path;
    }
}
