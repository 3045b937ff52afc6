package io.stratus.gateway.errors;

import io.stratus.gateway.template.ApiKind;

/**
 * The catalogue of responses API Gateway produces itself rather than passing on from the integration.
 *
 * <p>Bodies are kept byte for byte as AWS sends them, spacing included: REST's integration errors are
 * {@code {"message": "..."}} with a space (a 502 from a REST API has {@code Content-Length: 36}), the
 * others have none. Sources: "Gateway response types for API Gateway"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html),
 * "Lambda proxy integrations" and "Troubleshooting issues with HTTP API Lambda integrations". Entries
 * marked observed were seen on live APIs in public issue threads rather than read in a document.
 */
public enum GatewayError {
    /** REST: no resource or method matches ({@code MISSING_AUTHENTICATION_TOKEN}). */
    MISSING_AUTHENTICATION_TOKEN(403, "{\"message\":\"Missing Authentication Token\"}",
            "MissingAuthenticationTokenException"),
    /** HTTP API: no route matches. */
    NOT_FOUND(404, "{\"message\":\"Not Found\"}", "NotFoundException"),
    /** REST: the function failed or returned a malformed proxy response ({@code Content-Length: 36}, observed). */
    REST_INTEGRATION_FAILURE(502, "{\"message\": \"Internal server error\"}", "InternalServerErrorException"),
    /** HTTP API: the function failed or returned a malformed response. */
    HTTP_INTEGRATION_FAILURE(500, "{\"message\":\"Internal Server Error\"}", "InternalServerErrorException"),
    /** REST: the integration did not answer within 29 s ({@code INTEGRATION_TIMEOUT}). */
    REST_INTEGRATION_TIMEOUT(504, "{\"message\": \"Endpoint request timed out\"}", "InternalServerErrorException"),
    /** HTTP API: the integration did not answer within 30 s (observed: 503). */
    HTTP_INTEGRATION_TIMEOUT(503, "{\"message\":\"Service Unavailable\"}", "ServiceUnavailableException"),
    /** Missing identity source, a rejected token, or an authorizer that answered {@code Unauthorized}. */
    UNAUTHORIZED(401, "{\"message\":\"Unauthorized\"}", "UnauthorizedException"),
    /** REST: the authorizer's policy explicitly denies the method ({@code ACCESS_DENIED}). */
    EXPLICIT_DENY(403, "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}",
            "AccessDeniedException"),
    /** REST: the authorizer's policy does not allow the method ({@code ACCESS_DENIED}). */
    IMPLICIT_DENY(403, "{\"Message\":\"User is not authorized to access this resource\"}", "AccessDeniedException"),
    /** HTTP API: the authorizer denied the request; REST: API key missing or invalid ({@code INVALID_API_KEY}). */
    FORBIDDEN(403, "{\"message\":\"Forbidden\"}", "ForbiddenException"),
    /** REST: the authorizer failed or answered in the wrong shape ({@code AUTHORIZER_CONFIGURATION_ERROR}). */
    REST_AUTHORIZER_FAILURE(500, "{\"message\": null}", "AuthorizerConfigurationException"),
    /** HTTP API: the authorizer failed or answered in the wrong shape. */
    HTTP_AUTHORIZER_FAILURE(500, "{\"message\":\"Internal Server Error\"}", "AuthorizerConfigurationException"),
    /** REST: the body does not match the method's model ({@code BAD_REQUEST_BODY}). */
    BAD_REQUEST_BODY(400, "{\"message\": \"Invalid request body\"}", "BadRequestException"),
    /** REST: required request parameters are missing ({@code BAD_REQUEST_PARAMETERS}); the detail lists them. */
    BAD_REQUEST_PARAMETERS(400, "{\"message\": \"Missing required request parameters: [%s]\"}", "BadRequestException"),
    /** REST: the payload exceeds 10 MB ({@code REQUEST_TOO_LARGE}). */
    REST_REQUEST_TOO_LARGE(413, "{\"message\":\"Request Too Long\"}", "RequestTooLargeException"),
    /** HTTP API: the payload exceeds 10 MB. */
    HTTP_REQUEST_TOO_LARGE(413, "{\"message\":\"Request Entity Too Large\"}", "RequestTooLargeException"),
    /** The request line and headers exceed 10240 bytes. */
    HEADERS_TOO_LARGE(431, "{\"message\":\"Request Header Fields Too Large\"}", "RequestTooLargeException");

    private final int status;
    private final String body;
    private final String errorType;

    GatewayError(int status, String body, String errorType) {
        this.status = status;
        this.body = body;
        this.errorType = errorType;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@code x-amzn-ErrorType} header value. */
    public String errorType() {
        return errorType;
    }

    /** The exact JSON body; {@code detail} fills the one entry that has a variable part. */
    public String body(String detail) {
        return body.contains("%s") ? String.format(java.util.Locale.ROOT, body, detail == null ? "" : detail) : body;
    }

    /** No route matches. */
    public static GatewayError noRoute(ApiKind kind) {
        return kind == ApiKind.REST ? MISSING_AUTHENTICATION_TOKEN : NOT_FOUND;
    }

    /** The function failed or its response cannot be mapped. */
    public static GatewayError integrationFailure(ApiKind kind) {
        return kind == ApiKind.REST ? REST_INTEGRATION_FAILURE : HTTP_INTEGRATION_FAILURE;
    }

    /** The integration timed out. */
    public static GatewayError integrationTimeout(ApiKind kind) {
        return kind == ApiKind.REST ? REST_INTEGRATION_TIMEOUT : HTTP_INTEGRATION_TIMEOUT;
    }

    /** The authorizer failed or answered in a shape the gateway cannot read. */
    public static GatewayError authorizerFailure(ApiKind kind) {
        return kind == ApiKind.REST ? REST_AUTHORIZER_FAILURE : HTTP_AUTHORIZER_FAILURE;
    }

    /** The authorizer denied the request: REST distinguishes explicit and implicit denies, HTTP APIs do not. */
    public static GatewayError denied(ApiKind kind, boolean explicit) {
        if (kind == ApiKind.HTTP) {
            return FORBIDDEN;
        }
        return explicit ? EXPLICIT_DENY : IMPLICIT_DENY;
    }

    /** The payload is over the 10 MB quota. */
    public static GatewayError tooLarge(ApiKind kind) {
        return kind == ApiKind.REST ? REST_REQUEST_TOO_LARGE : HTTP_REQUEST_TOO_LARGE;
    }
}
