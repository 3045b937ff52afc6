package io.stratus.examples.items.rest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.examples.items.ItemsApplication;
import io.stratus.examples.items.ItemsJson;
import io.stratus.examples.items.Paging;
import io.stratus.examples.items.store.Item;
import io.stratus.examples.items.store.ItemStore;
import io.stratus.examples.items.store.ItemsException;
import java.util.Map;

/**
 * The REST API (payload format 1.0), one function for every route, dispatched on the resource API Gateway
 * matched ({@code C} = {@code /categories/{category}/items}):
 *
 * <pre>
 * POST   C        create                               201 + Location
 * GET    C        list, ?limit=&amp;next=                  200 {"items":[...],"next":"..."}
 * GET    C/{id}   read                                 200 | 404
 * PUT    C/{id}   replace; the body carries version    200 | 404 | 409 when the version is stale
 * DELETE C/{id}   delete (admin Lambda authorizer)     204 | 404
 * </pre>
 */
public final class ItemsApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final ItemStore store;

    /** Called once per execution environment by the Lambda runtime. */
    public ItemsApiHandler() {
        this(ItemsApplication.itemStore());
    }

    /** A handler over {@code store}. */
    public ItemsApiHandler(ItemStore store) {
        this.store = store;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        try {
            return route(request);
        } catch (ItemsException e) {
            return json(e.status(), ItemsJson.error(e.getMessage()));
        }
    }

    private APIGatewayProxyResponseEvent route(APIGatewayProxyRequestEvent request) {
        String route = request.getHttpMethod() + " " + request.getResource();
        String category = path(request, "category");
        return switch (route) {
            case "POST /categories/{category}/items" -> {
                Item item = store.create(category, ItemsJson.input(body(request)));
                yield json(201, ItemsJson.write(item)).withHeaders(Map.of("Content-Type", "application/json",
                        "Location", "/categories/" + category + "/items/" + item.id()));
            }
            case "GET /categories/{category}/items" -> json(200, ItemsJson.write(store.inCategory(category,
                    Paging.limit(query(request, "limit")), query(request, "next"))));
            case "GET /categories/{category}/items/{id}" -> json(200, ItemsJson.write(store.get(category, path(request, "id"))));
            case "PUT /categories/{category}/items/{id}" -> {
                JsonNode body = body(request);
                yield json(200, ItemsJson.write(store.update(category, path(request, "id"), ItemsJson.input(body),
                        ItemsJson.version(body))));
            }
            case "DELETE /categories/{category}/items/{id}" -> {
                store.delete(category, path(request, "id"));
                yield new APIGatewayProxyResponseEvent().withStatusCode(204);
            }
            // The template routes only the cases above here; anything else is a template/handler mismatch.
            default -> throw new IllegalStateException("no handler for route " + route);
        };
    }

    private static JsonNode body(APIGatewayProxyRequestEvent request) {
        return ItemsJson.body(request.getBody(), Boolean.TRUE.equals(request.getIsBase64Encoded()));
    }

    private static String path(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> parameters = request.getPathParameters();
        return parameters == null ? null : parameters.get(name);
    }

    private static String query(APIGatewayProxyRequestEvent request, String name) {
        Map<String, String> query = request.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    private static APIGatewayProxyResponseEvent json(int status, String body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(JSON_HEADERS).withBody(body);
    }
}
