package io.stratus.examples.items.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminTokenAuthorizerTest {

    private static final String METHOD_ARN =
            "arn:aws:execute-api:us-east-1:000000000000:abc123defg/Prod/DELETE/categories/books/items/1";

    private final AdminTokenAuthorizer authorizer = new AdminTokenAuthorizer("s3cret");

    private IamPolicyResponse authorize(String header) {
        APIGatewayCustomAuthorizerEvent event = new APIGatewayCustomAuthorizerEvent();
        event.setType("TOKEN");
        event.setAuthorizationToken(header);
        event.setMethodArn(METHOD_ARN);
        return authorizer.handleRequest(event, null);
    }

    /** The policy as the runtime serialises it: {@code Statement} is an array of maps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> statement(IamPolicyResponse response) {
        return ((Map<String, Object>[]) response.getPolicyDocument().get("Statement"))[0];
    }

    @Test
    void theAdminTokenIsAllowedOnTheWholeStage() {
        IamPolicyResponse response = authorize("Bearer s3cret");

        assertThat(response.getPrincipalId()).isEqualTo("admin");
        assertThat(statement(response)).containsEntry("Effect", "Allow")
                .containsEntry("Resource", new String[] {"arn:aws:execute-api:us-east-1:000000000000:abc123defg/Prod/*"});
    }

    @Test
    void anotherBearerTokenIsDenied() {
        assertThat(statement(authorize("Bearer guess"))).containsEntry("Effect", "Deny");
    }

    @Test
    void aHeaderThatIsNotABearerTokenIsUnauthorized() {
        assertThatThrownBy(() -> authorize("Basic xyz")).hasMessage("Unauthorized");
    }

    @Test
    void anAuthorizerWithoutAConfiguredTokenFailsAtInit() {
        assertThatThrownBy(() -> new AdminTokenAuthorizer(" "))
                .hasMessage("ADMIN_TOKEN is not set; the template's authorizer must define it");
    }
}
