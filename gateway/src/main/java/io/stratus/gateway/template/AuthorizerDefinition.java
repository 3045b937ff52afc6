package io.stratus.gateway.template;

import java.util.List;

/**
 * One authorizer of an API.
 *
 * @param name                 the authorizer's name in the template ({@code Auth.Authorizers} key or logical id)
 * @param type                 how it decides
 * @param functionName         the Lambda authorizer's function name or ARN; {@code null} for JWT and Cognito
 * @param identitySources      where the identity comes from, as the API kind spells it
 *                             ({@code method.request.header.Authorization} / {@code $request.header.Authorization})
 * @param resultTtlSeconds     how long a Lambda authorizer's answer is cached; 0 disables caching
 * @param issuer               the JWT issuer to require, or {@code null} when the template does not pin one
 * @param audiences            accepted {@code aud} / {@code client_id} values; empty accepts any
 * @param payloadFormat        the event a Lambda authorizer of an HTTP API receives; REST always uses 1.0
 * @param simpleResponses      whether an HTTP API Lambda authorizer answers {@code {isAuthorized, context}}
 * @param validationExpression a regular expression a TOKEN authorizer's token must match, or {@code null}
 */
public record AuthorizerDefinition(String name, AuthorizerType type, String functionName,
                                   List<String> identitySources, int resultTtlSeconds, String issuer,
                                   List<String> audiences, PayloadFormat payloadFormat, boolean simpleResponses,
                                   String validationExpression) {

    /** Copies the lists so the record stays immutable. */
    public AuthorizerDefinition {
        identitySources = List.copyOf(identitySources);
        audiences = List.copyOf(audiences);
    }
}
