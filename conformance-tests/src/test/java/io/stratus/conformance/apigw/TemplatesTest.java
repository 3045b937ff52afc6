package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * APIs declared in plain CloudFormation ({@code AWS::ApiGateway::*}, {@code AWS::ApiGatewayV2::*}) and through an
 * inline OpenAPI {@code DefinitionBody} are served like SAM's, with their stages and payload formats.
 */
@ExtendWith(ApiTargetExtension.class)
class TemplatesTest {

    @Test
    void aCloudFormationRestApiIsServedOnItsStageWithItsVariables(ApiTarget target) {
        JsonNode event = target.echoedEvent(target.request(target.cloudFormation(), "/live/orders/9")
                .header("x-api-key", "template-key-0123456789").GET());
        assertThat(event.get("resource").asText()).isEqualTo("/orders/{orderId}");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("live");
        assertThat(event.at("/stageVariables/mode").asText()).isEqualTo("fast");
    }

    @Test
    void aCloudFormationHttpApiRouteGetsPayloadTwo(ApiTarget target) {
        JsonNode event = target.echoedEvent(target.request(target.cloudFormation(), "/payments/p-1")
                .POST(HttpRequest.BodyPublishers.ofString("paid")));
        assertThat(event.get("version").asText()).isEqualTo("2.0");
        assertThat(event.get("routeKey").asText()).isEqualTo("POST /payments/{paymentId}");
        assertThat(event.get("body").asText()).isEqualTo("paid");
    }

    @Test
    void anOpenApiDefinitionBodyRouteReachesItsFunction(ApiTarget target) {
        JsonNode event = target.echoedEvent(target.request(target.cloudFormation(), "/api/pets/rex").GET());
        assertThat(event.get("resource").asText()).isEqualTo("/pets/{petId}");
        assertThat(event.at("/pathParameters/petId").asText()).isEqualTo("rex");
    }

    @Test
    void apiUrlsNameTheCloudFormationApisByLogicalId(ApiTarget target) {
        URI endpoint = target.cloudFormation().endpoint();
        assertThat(target.cloudFormation().apiUrls())
                .containsEntry("OrdersApi", URI.create(endpoint + "/live"))
                .containsEntry("PaymentsApi", endpoint)
                .containsEntry("PetsApi", URI.create(endpoint + "/api"));
    }
}
