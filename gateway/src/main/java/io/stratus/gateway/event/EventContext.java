package io.stratus.gateway.event;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway adds to an event beyond the request itself.
 *
 * @param accountId  the account id in {@code requestContext.accountId}
 * @param domainName the host the client called ({@code requestContext.domainName})
 * @param authorizer the {@code requestContext.authorizer} object as the target payload format wants it, or
 *                   {@code null} when the route has no authorizer
 * @param apiKey     the API key the client sent on an {@code ApiKeyRequired} route, or {@code null}
 */
public record EventContext(String accountId, String domainName, ObjectNode authorizer, String apiKey) {

    /** {@code requestContext.domainPrefix}: the first label of the domain name. */
    public String domainPrefix() {
        int dot = domainName.indexOf('.');
        String host = dot < 0 ? domainName : domainName.substring(0, dot);
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
