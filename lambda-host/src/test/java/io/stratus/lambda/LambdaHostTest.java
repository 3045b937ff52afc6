package io.stratus.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaErrorCode;
import io.stratus.lambda.error.LambdaException;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LambdaHostTest extends HostTestSupport {

    @Nested
    class RequestErrors {
        @Test
        void anUnknownFunctionIsNotFoundWithItsArn() {
            assertThatThrownBy(() -> invoke("nope", "{}"))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.code()).isEqualTo(LambdaErrorCode.RESOURCE_NOT_FOUND);
                        assertThat(e.code().statusCode()).isEqualTo(404);
                        assertThat(e.getMessage())
                                .isEqualTo("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
                    });
        }

        @Test
        void aPayloadThatIsNotJsonIsInvalidRequestContent() {
            deploy("fn", "fixtures.StringHandler");
            assertThatThrownBy(() -> invoke("fn", "abc"))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.code()).isEqualTo(LambdaErrorCode.INVALID_REQUEST_CONTENT);
                        assertThat(e.code().statusCode()).isEqualTo(400);
                        assertThat(e.getMessage()).startsWith("Could not parse request body into json: "
                                + "Could not parse payload into json: Unrecognized token 'abc': was expecting")
                                .endsWith("[Source: (byte[])\"abc\"; line: 1, column: 4]");
                    });
        }

        @Test
        void aSynchronousPayloadOverSixMegabytesIsTooLarge() {
            deploy("fn", "fixtures.StringHandler");
            byte[] big = new byte[LambdaHost.SYNC_PAYLOAD_LIMIT + 1];
            Arrays.fill(big, (byte) ' ');
            assertThatThrownBy(() -> host.invoke("fn", big, InvocationType.REQUEST_RESPONSE))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.code().errorType()).isEqualTo("RequestEntityTooLargeException");
                        assertThat(e.code().statusCode()).isEqualTo(413);
                        assertThat(e.getMessage())
                                .isEqualTo("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
                    });
        }

        @Test
        void anEventPayloadOver256KilobytesIsTooLarge() {
            deploy("fn", "fixtures.StringHandler");
            byte[] big = new byte[LambdaHost.ASYNC_PAYLOAD_LIMIT + 1];
            Arrays.fill(big, (byte) ' ');
            assertThatThrownBy(() -> host.invoke("fn", big, InvocationType.EVENT))
                    .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("262145 byte payload is too large for the Event invocation type (limit 262144 bytes)"));
        }
    }

    @Test
    void aDryRunValidatesWithoutRunning() {
        deploy("counter", "fixtures.Environments");
        InvocationResult dryRun = host.invoke("counter", bytes("{}"), InvocationType.DRY_RUN);
        assertThat(dryRun.statusCode()).isEqualTo(204);
        assertThat(dryRun.payload()).isEmpty();
        assertThat(json(invoke("counter", "{}"))).containsEntry("calls", 1);
    }

    @Test
    void functionsCanBeNamedByArn() {
        deploy("named", "fixtures.StringHandler");
        assertThat(text(host.invoke("arn:aws:lambda:us-east-1:000000000000:function:named", bytes("\"a\""),
                InvocationType.REQUEST_RESPONSE))).isEqualTo("\"A\"");
        assertThat(text(host.invoke("000000000000:function:named:$LATEST", bytes("\"b\""),
                InvocationType.REQUEST_RESPONSE))).isEqualTo("\"B\"");
        assertThat(host.function("named")).map(FunctionConfig::handler).contains("fixtures.StringHandler");
        assertThat(host.functions()).extracting(FunctionConfig::functionName).containsExactly("named");
    }

    @Test
    void anEmptyPayloadIsAnEmptyObject() {
        deploy("counter", "fixtures.Environments");
        assertThat(host.invoke("counter", new byte[0], InvocationType.REQUEST_RESPONSE).functionError()).isNull();
    }

    @Test
    void aRuntimeNewerThanTheHostJvmIsWarnedAbout() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() < 25);
        host.deploy(FunctionConfig.builder("future", "fixtures.StringHandler")
                .runtime(io.stratus.lambda.config.JavaRuntime.JAVA25).build());
        assertThat(console).anySatisfy(line -> assertThat(line).startsWith("[future] WARNING: runtime java25"));
    }
}
