package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Handlers that would take a plain JVM down with them: {@code System.exit}, a StackOverflowError, an
 * OutOfMemoryError. Each fails its own invocation as Lambda reports it and costs the function its execution
 * environment; Stratus keeps serving.
 */
@ExtendWith(LambdaTargetExtension.class)
class RobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;

    RobustnessTest(LambdaTarget target) {
        this.lambda = target.lambda();
    }

    private InvokeResponse invoke(String function, String payload) {
        return lambda.invoke(r -> r.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
    }

    private void assertStratusStillServes() {
        InvokeResponse other = invoke(LambdaTarget.UPPER, "\"still here\"");
        assertThat(other.functionError()).isNull();
        assertThat(other.payload().asUtf8String()).isEqualTo("\"STILL HERE\"");
    }

    @Test
    void systemExitFailsTheInvocationWithRuntimeExitErrorAndStratusKeepsServing() throws Exception {
        InvokeResponse exited = invoke(LambdaTarget.EXITING, "{\"status\":1}");

        assertThat(exited.statusCode()).isEqualTo(200);
        assertThat(exited.functionError()).isEqualTo("Unhandled");
        String requestId = exited.responseMetadata().requestId();
        assertThat(exited.payload().asUtf8String()).isEqualTo("{\"errorType\":\"Runtime.ExitError\","
                + "\"errorMessage\":\"RequestId: " + requestId + " Error: Runtime exited with error: exit status 1\"}");
        assertStratusStillServes();

        InvokeResponse again = invoke(LambdaTarget.EXITING, "{\"status\":0}");
        assertThat(JSON.readTree(again.payload().asByteArray()).get("errorMessage").asText())
                .isEqualTo("RequestId: " + again.responseMetadata().requestId()
                        + " Error: Runtime exited without providing a reason");
    }

    @Test
    void aStackOverflowFailsOnlyItsInvocationAndTheNextOneStartsAFreshEnvironment() throws Exception {
        invoke(LambdaTarget.VM_ERRORS, "{}");
        InvokeResponse overflow = invoke(LambdaTarget.VM_ERRORS, "{\"error\":\"stack\"}");

        assertThat(overflow.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(overflow.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.StackOverflowError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("java.lang.StackOverflowError");
        assertStratusStillServes();
        assertThat(invoke(LambdaTarget.VM_ERRORS, "{}").payload().asUtf8String()).isEqualTo("\"calls 1\"");
    }

    @Test
    void anOutOfMemoryErrorFailsOnlyItsInvocationAndTheNextOneStartsAFreshEnvironment() throws Exception {
        invoke(LambdaTarget.VM_ERRORS, "{}");
        InvokeResponse oom = invoke(LambdaTarget.VM_ERRORS, "{\"error\":\"heap\"}");

        assertThat(oom.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(oom.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("Requested array size exceeds VM limit");
        assertStratusStillServes();
        assertThat(invoke(LambdaTarget.VM_ERRORS, "{}").payload().asUtf8String()).isEqualTo("\"calls 1\"");
    }
}
