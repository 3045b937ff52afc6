package io.stratus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void bannerListsUrlTablesFunctionsStorageAndNotices() {
        StartupBanner banner = new StartupBanner("1.0", URI.create("http://127.0.0.1:4566"),
                List.of("Orders", "Users"),
                List.of(new StartupBanner.Function("hello", "example.Hello::handleRequest", "java17")),
                Path.of("/tmp/stratus"), List.of("Ignored resource Queue (AWS::SQS::Queue)"), 120);

        assertThat(banner.lines()).containsExactly(
                "Stratus 1.0 ready on http://127.0.0.1:4566 in 120 ms",
                "  DynamoDB: http://127.0.0.1:4566 (tables: Orders, Users)",
                "  Lambda: http://127.0.0.1:4566 (1 function)",
                "    hello: example.Hello::handleRequest (java17) POST "
                        + "http://127.0.0.1:4566/2015-03-31/functions/hello/invocations",
                "  Data: /tmp/stratus",
                "  Notice: Ignored resource Queue (AWS::SQS::Queue)");
    }

    @Test
    void bannerWithoutTablesOrFunctionsSaysSoAndInMemory() {
        StartupBanner banner = new StartupBanner("1.0", URI.create("http://127.0.0.1:5000"), List.of(), List.of(),
                null, List.of(), 5);

        assertThat(banner.lines()).containsExactly(
                "Stratus 1.0 ready on http://127.0.0.1:5000 in 5 ms",
                "  DynamoDB: http://127.0.0.1:5000 (no tables)",
                "  Lambda: http://127.0.0.1:5000 (no functions)",
                "  Data: in memory");
    }

    @Test
    void bannerListsEveryRouteWithItsLocalUrlAndTheOutputsWithTheirLocalTwins() {
        StartupBanner banner = new StartupBanner("1.0", URI.create("http://127.0.0.1:4566"), List.of(), List.of(),
                null, List.of(), 5,
                List.of(new StartupBanner.Route("GET", "/items/{id}", "ItemsFunction",
                        "http://127.0.0.1:4566/Prod/items/{id}")),
                List.of(new StartupBanner.Output("ApiUrl", "https://abcdef1234.execute-api.us-east-1.amazonaws.com/Prod/",
                                "http://127.0.0.1:4566/Prod/"),
                        new StartupBanner.Output("TableName", "items-dev", null)));

        assertThat(banner.lines()).containsSequence(
                "  API Gateway: 1 route",
                "    GET /items/{id} \u2192 ItemsFunction  http://127.0.0.1:4566/Prod/items/{id}",
                "  Outputs:",
                "    ApiUrl: https://abcdef1234.execute-api.us-east-1.amazonaws.com/Prod/  (local: http://127.0.0.1:4566/Prod/)",
                "    TableName: items-dev");
    }
}
