package io.stratus.examples.items.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The REST API's TOKEN authorizer: {@code Authorization: Bearer <ADMIN_TOKEN>} is allowed, another bearer
 * token is denied (API Gateway answers 403) and anything that is not a bearer token is rejected as
 * {@code Unauthorized} (401), the three outcomes AWS's "Use API Gateway Lambda authorizers" page describes.
 *
 * <p>A shared secret keeps the example small; a real authorizer would verify a signed token instead.
 */
public final class AdminTokenAuthorizer implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponse> {

    /** The environment variable holding the accepted token. */
    public static final String ADMIN_TOKEN = "ADMIN_TOKEN";

    private static final String BEARER = "Bearer ";

    private final byte[] adminToken;

    /** Called once per execution environment by the Lambda runtime. */
    public AdminTokenAuthorizer() {
        this(System.getenv(ADMIN_TOKEN));
    }

    /** An authorizer accepting {@code adminToken}. */
    public AdminTokenAuthorizer(String adminToken) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalStateException(ADMIN_TOKEN + " is not set; the template's authorizer must define it");
        }
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public IamPolicyResponse handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        String header = event.getAuthorizationToken();
        if (header == null || !header.startsWith(BEARER)) {
            // This exact message is what makes API Gateway answer 401 rather than 500.
            throw new RuntimeException("Unauthorized");
        }
        byte[] token = header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8);
        boolean allowed = MessageDigest.isEqual(token, adminToken);  // constant time
        String resource = wholeStage(event.getMethodArn());
        return IamPolicyResponse.builder()
                .withPrincipalId(allowed ? "admin" : "anonymous")
                .withPolicyDocument(IamPolicyResponse.PolicyDocument.builder()
                        .withVersion(IamPolicyResponse.VERSION_2012_10_17)
                        .withStatement(List.of(allowed
                                ? IamPolicyResponse.allowStatement(resource)
                                : IamPolicyResponse.denyStatement(resource)))
                        .build())
                .withContext(Map.of("role", allowed ? "admin" : "none"))
                .build();
    }

    /**
     * {@code arn:...:{apiId}/{stage}/*} from {@code arn:...:{apiId}/{stage}/{method}/{path}}: API Gateway caches
     * the policy by token, so a policy naming only this method would deny the same token on the next path.
     */
    static String wholeStage(String methodArn) {
        int apiSlash = methodArn.indexOf('/');
        int stageSlash = apiSlash < 0 ? -1 : methodArn.indexOf('/', apiSlash + 1);
        return stageSlash < 0 ? methodArn : methodArn.substring(0, stageSlash) + "/*";
    }
}
