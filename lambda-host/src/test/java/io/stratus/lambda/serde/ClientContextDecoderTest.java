package io.stratus.lambda.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.stratus.lambda.error.LambdaErrorCode;
import io.stratus.lambda.error.LambdaException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientContextDecoderTest {
    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMobileSdkStyleContextIsDecodedWithTheRuntimesMemberNames() {
        ClientContext context = ClientContextDecoder.decode(base64("""
                {"client":{"installation_id":"inst-1","app_title":"Shop","app_version_name":"1.2",
                           "app_version_code":"12","app_package_name":"com.example.shop"},
                 "custom":{"tenant":"acme","beta":true},
                 "env":{"platform":"Android","locale":"en_GB"},
                 "ignored":{"deep":[1,2,3]}}"""));

        assertThat(context.getClient().getInstallationId()).isEqualTo("inst-1");
        assertThat(context.getClient().getAppTitle()).isEqualTo("Shop");
        assertThat(context.getClient().getAppVersionName()).isEqualTo("1.2");
        assertThat(context.getClient().getAppVersionCode()).isEqualTo("12");
        assertThat(context.getClient().getAppPackageName()).isEqualTo("com.example.shop");
        assertThat(context.getCustom()).containsExactly(
                java.util.Map.entry("tenant", "acme"), java.util.Map.entry("beta", "true"));
        assertThat(context.getEnvironment()).containsEntry("platform", "Android").containsEntry("locale", "en_GB");
    }

    @Test
    void missingMembersAreNull() {
        ClientContext context = ClientContextDecoder.decode(base64("{\"custom\":{\"k\":\"v\"}}"));
        assertThat(context.getClient().getAppTitle()).isNull();
        assertThat(context.getEnvironment()).isNull();
        assertThat(context.getCustom()).containsEntry("k", "v");
    }

    @Test
    void anythingButBase64OfAJsonObjectIsInvalidRequestContent() {
        for (String header : new String[] {"not base64!", base64("[1,2]"), base64("{\"a\":"), base64("{} {}")}) {
            assertThatThrownBy(() -> ClientContextDecoder.decode(header))
                    .as(header)
                    .isInstanceOfSatisfying(LambdaException.class,
                            e -> assertThat(e.code()).isEqualTo(LambdaErrorCode.INVALID_REQUEST_CONTENT))
                    .hasMessage("Client context must be a valid Base64-encoded JSON object.");
        }
    }
}
