package io.stratus.gateway;

import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.ApiRoute;
import io.stratus.gateway.template.AuthorizerDefinition;
import io.stratus.gateway.template.CorsPolicy;
import io.stratus.gateway.template.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Requests and APIs for gateway tests, with every variable field fixed so events are reproducible. */
public final class Fixtures {

    /** 04/Mar/2020:19:15:17 +0000, the time of AWS's sample events. */
    public static final long EPOCH_MILLIS = 1_583_349_317_135L;
    public static final String REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

    private Fixtures() {
    }

    /** A request; {@code headers} alternate name and value. */
    public static ApiRequest request(String method, String pathAndQuery, String body, String... headers) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        List<HttpHeader> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(new HttpHeader(headers[i], headers[i + 1]));
        }
        return new ApiRequest(method, path, path, query, list,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "192.0.2.1", "HTTP/1.1",
                REQUEST_ID, EPOCH_MILLIS);
    }

    public static ApiRoute route(String method, String path, PayloadFormat format) {
        return new ApiRoute(method, path, "Fn", "fn", format, null, List.of(), false, null);
    }

    public static ApiRoute route(String method, String path, String function, PayloadFormat format) {
        return new ApiRoute(method, path, null, function, format, null, List.of(), false, null);
    }

    public static ApiDefinition rest(String id, String stage, ApiRoute... routes) {
        return new ApiDefinition(id, ApiKind.REST, "abcdef1234", stage, Map.of(), Arrays.asList(routes), null,
                List.of(), Map.of(), List.of());
    }

    public static ApiDefinition http(String id, String stage, ApiRoute... routes) {
        return new ApiDefinition(id, ApiKind.HTTP, "zyxwvu9876", stage, Map.of(), Arrays.asList(routes), null,
                List.of(), Map.of(), List.of());
    }

    /** {@code api} with other settings. */
    public static ApiDefinition with(ApiDefinition api, Map<String, String> stageVariables, CorsPolicy cors,
                                     List<String> binaryMediaTypes, List<AuthorizerDefinition> authorizers,
                                     List<String> apiKeys) {
        Map<String, AuthorizerDefinition> byName = new java.util.LinkedHashMap<>();
        authorizers.forEach(a -> byName.put(a.name(), a));
        return new ApiDefinition(api.logicalId(), api.kind(), api.apiId(), api.stage(), stageVariables, api.routes(),
                cors, binaryMediaTypes, byName, apiKeys);
    }
}
