package io.stratus.gateway.route;

import io.stratus.gateway.template.ApiDefinition;

/** The outcome of looking a request up: a route, an API that has no route for it, or nothing the gateway serves. */
public sealed interface RouteLookup {

    /** A route matched. */
    record Matched(RouteMatch match) implements RouteLookup { }

    /**
     * The request is for {@code api} (its stage prefix, or a resource path of it with another method) but no
     * route matches: the API's canned "no route" error.
     */
    record Unmatched(ApiDefinition api) implements RouteLookup { }

    /** No API claims the request; another service may. */
    record NotServed() implements RouteLookup { }
}
