package io.stratus.gateway.route;

import static io.stratus.gateway.Fixtures.http;
import static io.stratus.gateway.Fixtures.rest;
import static io.stratus.gateway.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.PayloadFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final ApiDefinition SHOP = rest("Shop", "Prod",
            route("GET", "/items/{id}", "byId", PayloadFormat.V1),
            route("GET", "/items/special", "special", PayloadFormat.V1),
            route("ANY", "/items/{proxy+}", "greedy", PayloadFormat.V1),
            route("ANY", "/items/{id}", "anyById", PayloadFormat.V1),
            route("POST", "/items", "create", PayloadFormat.V1));

    private static RouteMatch matched(RouteTable table, String method, String path) {
        RouteLookup lookup = table.lookup(method, path);
        assertThat(lookup).isInstanceOf(RouteLookup.Matched.class);
        return ((RouteLookup.Matched) lookup).match();
    }

    @Test
    void aLiteralSegmentBeatsAParameterWhichBeatsAGreedyParameter() {
        RouteTable table = RouteTable.build(List.of(SHOP));
        assertThat(matched(table, "GET", "/items/special").route().functionName()).isEqualTo("special");
        assertThat(matched(table, "GET", "/items/42").route().functionName()).isEqualTo("byId");
        RouteMatch greedy = matched(table, "GET", "/items/42/tags/a");
        assertThat(greedy.route().functionName()).isEqualTo("greedy");
        assertThat(greedy.pathParameters()).isEqualTo(Map.of("proxy", "42/tags/a"));
    }

    @Test
    void anExactMethodBeatsAnyOnTheSameResource() {
        RouteTable table = RouteTable.build(List.of(SHOP));
        assertThat(matched(table, "GET", "/items/7").route().functionName()).isEqualTo("byId");
        RouteMatch delete = matched(table, "DELETE", "/items/7");
        assertThat(delete.route().functionName()).isEqualTo("anyById");
        assertThat(delete.pathParameters()).isEqualTo(Map.of("id", "7"));
    }

    @Test
    void aRestApiIsServedAtTheRootAndUnderItsStage() {
        RouteTable table = RouteTable.build(List.of(SHOP));
        RouteMatch root = matched(table, "POST", "/items");
        RouteMatch staged = matched(table, "POST", "/Prod/items");
        assertThat(root.viaStage()).isFalse();
        assertThat(staged.viaStage()).isTrue();
        assertThat(staged.path()).isEqualTo("/items");
        assertThat(staged.stagePath()).isEqualTo("/Prod/items");
    }

    @Test
    void aMissingMethodOrPathUnderTheStageIsTheApisNoRouteAnswer() {
        RouteTable table = RouteTable.build(List.of(SHOP));
        assertThat(table.lookup("GET", "/items")).isEqualTo(new RouteLookup.Unmatched(SHOP));
        assertThat(table.lookup("GET", "/Prod/nothing")).isEqualTo(new RouteLookup.Unmatched(SHOP));
        assertThat(table.lookup("GET", "/nothing")).isEqualTo(new RouteLookup.NotServed());
    }

    @Test
    void aGreedyParameterNeedsAtLeastOneSegment() {
        RouteTable table = RouteTable.build(List.of(rest("Proxy", "Prod", route("ANY", "/{proxy+}", PayloadFormat.V1))));
        assertThat(matched(table, "GET", "/a/b/c").pathParameters()).isEqualTo(Map.of("proxy", "a/b/c"));
        assertThat(table.lookup("GET", "/")).isInstanceOf(RouteLookup.NotServed.class);
    }

    @Test
    void theHttpDefaultRouteCatchesWhatNoOtherRouteMatches() {
        ApiDefinition api = http("Http", "$default", route("GET", "/pets/{id}", "pet", PayloadFormat.V2),
                route("ANY", "$default", "fallback", PayloadFormat.V2));
        RouteTable table = RouteTable.build(List.of(api));
        assertThat(matched(table, "GET", "/pets/1").route().routeKey()).isEqualTo("GET /pets/{id}");
        assertThat(matched(table, "POST", "/pets/1").route().functionName()).isEqualTo("fallback");
        assertThat(matched(table, "GET", "/anything/else").route().routeKey()).isEqualTo("$default");
    }

    @Test
    void anHttpApiWithADefaultStageHasNoStagePrefix() {
        ApiDefinition api = http("Http", "$default", route("GET", "/pets", PayloadFormat.V2));
        RouteTable table = RouteTable.build(List.of(api));
        assertThat(table.lookup("GET", "/$default/pets")).isInstanceOf(RouteLookup.NotServed.class);
        assertThat(matched(table, "GET", "/pets").stagePath()).isEqualTo("/pets");
    }

    @Test
    void twoApisClaimingTheSameRouteFailNamingBoth() {
        ApiDefinition a = rest("Orders", "Prod", route("GET", "/orders/{id}", PayloadFormat.V1));
        ApiDefinition b = http("OrdersHttp", "$default", route("GET", "/orders/{orderId}", PayloadFormat.V2));
        assertThatThrownBy(() -> RouteTable.build(List.of(a, b)))
                .isInstanceOf(RouteConflictException.class)
                .hasMessage("Route GET /orders/{orderId} of API OrdersHttp conflicts with route GET /orders/{id} of "
                        + "API Orders: both are served at the root of the Stratus endpoint, so a request could reach "
                        + "either");
    }

    @Test
    void theResourcesMethodsAreListedForPreflight() {
        RouteTable table = RouteTable.build(List.of(SHOP));
        assertThat(table.methodsOf(SHOP, "/items/{id}")).containsExactly("GET", "ANY");
    }
}
