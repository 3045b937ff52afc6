package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.List;
import java.util.Map;

/**
 * A REST (payload 1.0) handler on the library's types: a binary body comes back as it came (base64 both ways),
 * anything else is described in a text body, with two cookies in {@code multiValueHeaders}.
 */
public class TypedRestHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            return new APIGatewayProxyResponseEvent().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "image/png"))
                    .withBody(event.getBody())
                    .withIsBase64Encoded(true);
        }
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("id");
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "text/plain", "X-Handler", "typed-rest"))
                .withMultiValueHeaders(Map.of("Set-Cookie", List.of("session=abc; Path=/; HttpOnly",
                        "theme=dark; Expires=Wed, 21 Oct 2037 07:28:00 GMT")))
                .withBody(event.getHttpMethod() + " " + event.getResource() + " id=" + id
                        + " ip=" + event.getRequestContext().getIdentity().getSourceIp());
    }
}
