package io.stratus.examples.items.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.stratus.examples.items.ItemsApplication;
import io.stratus.examples.items.ItemsJson;
import io.stratus.examples.items.Paging;
import io.stratus.examples.items.store.ItemInput;
import io.stratus.examples.items.store.ItemStore;
import io.stratus.examples.items.store.ItemsException;
import io.stratus.examples.items.store.ProfileStore;
import java.util.Map;

/**
 * The HTTP API (payload format 2.0), dispatched on the route key:
 *
 * <pre>
 * GET /catalog/items  items of ?status= (default active), newest first, ?limit=&amp;next=   public
 * GET /me             the caller's profile                                                 JWT
 * PUT /me             save the caller's profile, {"displayName":...}                       JWT, scope profile/write
 * </pre>
 *
 * The JWT authorizer has verified the token (signature, issuer, audience, expiry, scopes) before this runs;
 * the handler only reads the claims API Gateway passes on.
 */
public final class StorefrontApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final ItemStore items;
    private final ProfileStore profiles;

    /** Called once per execution environment by the Lambda runtime. */
    public StorefrontApiHandler() {
        this(ItemsApplication.itemStore(), ItemsApplication.profileStore());
    }

    /** A handler over these stores. */
    public StorefrontApiHandler(ItemStore items, ProfileStore profiles) {
        this.items = items;
        this.profiles = profiles;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        try {
            return route(request);
        } catch (ItemsException e) {
            return json(e.status(), ItemsJson.error(e.getMessage()));
        }
    }

    private APIGatewayV2HTTPResponse route(APIGatewayV2HTTPEvent request) {
        return switch (request.getRouteKey()) {
            case "GET /catalog/items" -> json(200, ItemsJson.write(items.withStatus(status(request),
                    Paging.limit(query(request, "limit")), query(request, "next"))));
            case "GET /me" -> json(200, ItemsJson.write(profiles.get(claim(request, "sub"))));
            case "PUT /me" -> json(200, ItemsJson.write(profiles.save(claim(request, "sub"),
                    ItemsJson.displayName(ItemsJson.body(request.getBody(), request.getIsBase64Encoded())),
                    claim(request, "email"))));
            default -> throw new IllegalStateException("no handler for route " + request.getRouteKey());
        };
    }

    private static String status(APIGatewayV2HTTPEvent request) {
        String status = query(request, "status");
        if (status == null) {
            return ItemInput.ACTIVE;
        }
        if (!ItemInput.STATUSES.contains(status)) {
            throw ItemsException.badRequest("status must be active or archived");
        }
        return status;
    }

    /** A claim of the verified token: API Gateway puts a JWT route's claims into the request context. */
    private static String claim(APIGatewayV2HTTPEvent request, String name) {
        return request.getRequestContext().getAuthorizer().getJwt().getClaims().get(name);
    }

    private static String query(APIGatewayV2HTTPEvent request, String name) {
        Map<String, String> query = request.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    private static APIGatewayV2HTTPResponse json(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON_HEADERS).withBody(body).build();
    }
}
