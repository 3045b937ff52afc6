package io.stratus.gateway.template;

/** How an authorizer decides: a Lambda function (TOKEN or REQUEST) or a JSON Web Token check (Cognito or JWT). */
public enum AuthorizerType {
    /** REST Lambda authorizer receiving only the token ({@code FunctionPayloadType: TOKEN}). */
    TOKEN,
    /** Lambda authorizer receiving the request (REST {@code REQUEST}, and every HTTP API Lambda authorizer). */
    REQUEST,
    /** REST Cognito user-pool authorizer: a JWT from the pool in the identity header. */
    COGNITO_USER_POOLS,
    /** HTTP API JWT authorizer: issuer, audience and scopes checked against the token. */
    JWT;

    /** Whether the authorizer is a Lambda function. */
    public boolean isLambda() {
        return this == TOKEN || this == REQUEST;
    }
}
