package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;

/**
 * An HTTP API (payload 2.0) handler on the library's types: a binary body comes back as it came, anything else
 * is described in a text body, with the request's cookies echoed back as two {@code cookies}.
 */
public class TypedHttpHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getIsBase64Encoded()) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withHeaders(Map.of("content-type", "application/octet-stream"))
                    .withBody(event.getBody()).withIsBase64Encoded(true).build();
        }
        List<String> cookies = event.getCookies() == null ? List.of() : event.getCookies();
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(202)
                .withHeaders(Map.of("content-type", "text/plain"))
                .withCookies(List.of("got=" + cookies.size() + "; Path=/", "second=2; Max-Age=60"))
                .withBody(event.getRouteKey() + " " + event.getRawPath() + " ip="
                        + event.getRequestContext().getHttp().getSourceIp())
                .build();
    }
}
