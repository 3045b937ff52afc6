package io.stratus.gateway.auth;

/**
 * The ARN an authorizer's policy is checked against:
 * {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}}, the path without its
 * leading slash ("Input to an API Gateway Lambda authorizer"). HTTP APIs call the same string {@code routeArn}.
 */
public final class MethodArn {

    private MethodArn() {
    }

    /** The ARN for a request to {@code path} (without the stage prefix). */
    public static String of(String region, String accountId, String apiId, String stage, String method, String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return "arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId + "/" + stage + "/" + method + "/"
                + trimmed;
    }
}
