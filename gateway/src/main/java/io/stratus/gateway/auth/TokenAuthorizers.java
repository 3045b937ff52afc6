package io.stratus.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.AuthorizerDefinition;
import io.stratus.gateway.template.PayloadFormat;
import java.util.List;
import java.util.Map;

/**
 * JWT authorizers (HTTP APIs) and Cognito user-pool authorizers (REST): the token from the identity
 * source is verified, the route's scopes checked, and the claims handed to the function in
 * {@code requestContext.authorizer} ({@code jwt.claims} for payload 2.0, {@code claims} for 1.0 and REST),
 * every claim value as a string as API Gateway passes them.
 */
public final class TokenAuthorizers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JwtVerifier verifier;

    /** Authorizers verifying with {@code verifier}. */
    public TokenAuthorizers(JwtVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Authorizes the request; returns {@code requestContext.authorizer}.
     *
     * @throws GatewayException 401 for a missing or invalid token, 403 (HTTP) / 401 (REST) for missing scopes
     */
    public ObjectNode authorize(AuthorizerDefinition authorizer, ApiRequest request, RouteMatch match) {
        List<String> identity = IdentitySources.values(authorizer.identitySources(), request,
                match.api().stageVariables(), Map.of());
        if (identity == null || identity.isEmpty()) {
            throw new GatewayException(GatewayError.UNAUTHORIZED, null, "no token");
        }
        JsonNode claims;
        try {
            claims = verifier.verify(identity.get(0), authorizer.issuer(), authorizer.audiences());
        } catch (JwtVerifier.InvalidTokenException e) {
            throw new GatewayException(GatewayError.UNAUTHORIZED, null, "invalid token: " + e.getMessage());
        }
        List<String> granted = JwtVerifier.scopes(claims);
        List<String> required = match.route().authorizationScopes();
        if (!required.isEmpty() && required.stream().noneMatch(granted::contains)) {
            throw new GatewayException(match.api().kind() == ApiKind.HTTP ? GatewayError.FORBIDDEN
                    : GatewayError.UNAUTHORIZED, null, "token lacks the route's scopes " + required);
        }
        ObjectNode claimNode = JSON.objectNode();
        claims.properties().forEach(e -> claimNode.put(e.getKey(), claimText(e.getValue())));
        ObjectNode out = JSON.objectNode();
        if (match.api().kind() == ApiKind.REST) {
            out.set("claims", claimNode);
            return out;
        }
        ObjectNode target = match.route().payloadFormat() == PayloadFormat.V2 ? out.putObject("jwt") : out;
        target.set("claims", claimNode);
        if (granted.isEmpty()) {
            target.putNull("scopes");
        } else {
            ArrayNode scopes = target.putArray("scopes");
            granted.forEach(scopes::add);
        }
        return out;
    }

    /** API Gateway flattens claims to strings; a list becomes {@code [a b]}. */
    private static String claimText(JsonNode value) {
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            value.forEach(v -> out.append(out.length() > 1 ? " " : "").append(v.asText()));
            return out.append(']').toString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
