package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import java.util.List;
import java.util.Map;

/**
 * A REST Lambda authorizer (TOKEN or REQUEST) deciding on the token, or for REQUEST on the {@code X-Tenant}
 * header: {@code allow} allows the method with a context, {@code deny} denies it, {@code unauthorized} throws
 * Lambda's conventional {@code Unauthorized}, anything else throws another error.
 */
public class TokenAuthorizerHandler implements RequestHandler<APIGatewayCustomAuthorizerEvent, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        String token = "TOKEN".equals(event.getType()) ? event.getAuthorizationToken()
                : event.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("X-Tenant"))
                        .map(Map.Entry::getValue).findFirst().orElse("");
        switch (token) {
            case "allow":
                return policy("Allow", event.getMethodArn(), event.getType());
            case "deny":
                return policy("Deny", event.getMethodArn(), event.getType());
            case "unauthorized":
                throw new RuntimeException("Unauthorized");
            default:
                throw new IllegalStateException("authorizer broke");
        }
    }

    private static Map<String, Object> policy(String effect, String methodArn, String type) {
        return Map.of("principalId", "user-1",
                "policyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
                        "Action", "execute-api:Invoke", "Effect", effect, "Resource", methodArn))),
                "context", Map.of("tenant", "acme", "level", 3, "admin", true, "kind", type));
    }
}
