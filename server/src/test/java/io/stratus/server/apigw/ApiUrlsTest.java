package io.stratus.server.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiUrlsTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:4566");

    private static ApiDefinition api(String logicalId, ApiKind kind, String apiId, String stage) {
        return new ApiDefinition(logicalId, kind, apiId, stage, Map.of(), List.of(), null, List.of(), Map.of(),
                List.of());
    }

    private final ApiUrls urls = new ApiUrls(ENDPOINT, List.of(
            api("ServerlessRestApi", ApiKind.REST, "abcdef1234", "Prod"),
            api("ServerlessHttpApi", ApiKind.HTTP, "zyxwvu9876", "$default"),
            api("DevHttpApi", ApiKind.HTTP, "qwerty1234", "dev")));

    @Test
    void restApisAndNamedStagesAreBasedAtTheStageAndDefaultStagesAtTheRoot() {
        assertThat(urls.byLogicalId()).containsExactly(
                Map.entry("ServerlessRestApi", URI.create("http://127.0.0.1:4566/Prod")),
                Map.entry("ServerlessHttpApi", URI.create("http://127.0.0.1:4566")),
                Map.entry("DevHttpApi", URI.create("http://127.0.0.1:4566/dev")));
    }

    @Test
    void anExecuteApiUrlOfTheTemplatesApiHasALocalTwinAndOtherValuesHaveNone() {
        assertThat(urls.local("https://abcdef1234.execute-api.us-east-1.amazonaws.com/Prod/items"))
                .contains("http://127.0.0.1:4566/Prod/items");
        assertThat(urls.local("https://zyxwvu9876.execute-api.eu-west-1.amazonaws.com")).contains("http://127.0.0.1:4566");
        assertThat(urls.local("https://unknown123.execute-api.us-east-1.amazonaws.com/Prod/")).isEmpty();
        assertThat(urls.local("arn:aws:dynamodb:us-east-1:000000000000:table/items")).isEmpty();
    }

    @Test
    void aRouteUrlKeepsItsPathTemplate() {
        ApiDefinition rest = api("ServerlessRestApi", ApiKind.REST, "abcdef1234", "Prod");
        assertThat(urls.routeUrl(rest, "/items/{id}")).isEqualTo("http://127.0.0.1:4566/Prod/items/{id}");
    }
}
