package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import java.util.List;
import java.util.Map;

/**
 * An HTTP API Lambda authorizer (payload 2.0) deciding on the {@code x-token} header ({@code allow}, else deny),
 * answering in the simple form ({@code isAuthorized}) unless {@code RESPONSE=policy} asks for an IAM policy.
 */
public class HttpAuthorizerHandler implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(APIGatewayV2CustomAuthorizerEvent event, Context context) {
        boolean allow = "allow".equals(event.getHeaders().get("x-token"));
        Map<String, Object> claims = Map.of("tenant", "acme", "route", event.getRouteArn());
        if ("policy".equals(System.getenv("RESPONSE"))) {
            return Map.of("principalId", "user-2",
                    "policyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
                            "Action", "execute-api:Invoke", "Effect", allow ? "Allow" : "Deny",
                            "Resource", event.getRouteArn()))),
                    "context", claims);
        }
        return Map.of("isAuthorized", allow, "context", claims);
    }
}
