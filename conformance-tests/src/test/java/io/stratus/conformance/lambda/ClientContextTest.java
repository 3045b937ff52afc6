package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** {@code ClientContext} on Invoke ({@code X-Amz-Client-Context}) reaches {@code Context.getClientContext()}. */
@ExtendWith(LambdaTargetExtension.class)
class ClientContextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;

    ClientContextTest(LambdaTarget target) {
        this.lambda = target.lambda();
    }

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHandlerSeesTheClientContextTheCallerSent() throws Exception {
        String clientContext = base64("{\"client\":{\"installation_id\":\"install-7\",\"app_title\":\"Shop\","
                + "\"app_version_name\":\"1.2\",\"app_version_code\":\"12\",\"app_package_name\":\"com.shop\"},"
                + "\"custom\":{\"tenant\":\"acme\"},\"env\":{\"platform\":\"Android\",\"locale\":\"en_GB\"}}");

        InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.CLIENT_CONTEXT)
                .clientContext(clientContext).payload(SdkBytes.fromUtf8String("{}")));

        assertThat(response.functionError()).isNull();
        assertThat(JSON.readTree(response.payload().asByteArray())).isEqualTo(JSON.readTree(
                "{\"present\":true,\"installationId\":\"install-7\",\"appTitle\":\"Shop\","
                        + "\"custom\":{\"tenant\":\"acme\"},\"environment\":{\"platform\":\"Android\",\"locale\":\"en_GB\"}}"));
    }

    @Test
    void withoutAClientContextTheHandlerGetsNull() throws Exception {
        InvokeResponse response = lambda.invoke(r -> r.functionName(LambdaTarget.CLIENT_CONTEXT)
                .payload(SdkBytes.fromUtf8String("{}")));

        JsonNode body = JSON.readTree(response.payload().asByteArray());
        assertThat(body.get("present").asBoolean()).isFalse();
    }

    @Test
    void aClientContextThatIsNotBase64JsonIsRejectedBeforeTheFunctionRuns() {
        assertThatThrownBy(() -> lambda.invoke(r -> r.functionName(LambdaTarget.CLIENT_CONTEXT)
                .clientContext(base64("not json")).payload(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOfSatisfying(InvalidRequestContentException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Client context must be a valid Base64-encoded JSON object.");
                });
    }
}
