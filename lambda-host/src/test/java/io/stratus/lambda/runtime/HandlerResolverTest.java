package io.stratus.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.InvocationResult;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HandlerResolverTest extends HostTestSupport {

    @Nested
    class RequestHandlers {
        @Test
        void pojoTypesAreFoundThroughAGenericBaseClass() {
            deploy("pojo", "fixtures.PojoHandler");
            InvocationResult result = invoke("pojo", "{\"item\":\"apple\",\"quantity\":3}");
            assertThat(result.functionError()).isNull();
            assertThat(text(result)).isEqualTo("{\"summary\":\"3 x apple\"}");
        }

        @Test
        void stringInputIsAJsonStringAndTheOutputIsQuoted() {
            deploy("string", "fixtures.StringHandler");
            assertThat(text(invoke("string", "\"hello\""))).isEqualTo("\"HELLO\"");
        }

        @Test
        void mapInputAndOutputRoundTrip() {
            deploy("map", "fixtures.Environments");
            assertThat(json(invoke("map", "{\"a\":1}"))).containsEntry("calls", 1);
        }

        @Test
        void apiGatewayEventsUseTheEventsSerializer() {
            deploy("api", "fixtures.ApiGatewayHandler");
            InvocationResult result = invoke("api", "{\"resource\":\"/orders/{id}\",\"path\":\"/orders/7\","
                    + "\"httpMethod\":\"GET\",\"pathParameters\":{\"id\":\"7\"},"
                    + "\"requestContext\":{\"stage\":\"prod\"},\"isBase64Encoded\":false}");
            assertThat(result.functionError()).isNull();
            assertThat(json(result)).containsEntry("statusCode", 201)
                    .containsEntry("headers", Map.of("x-path", "/orders/7"))
                    .containsEntry("body", "GET 7 prod")
                    .containsEntry("isBase64Encoded", false);
        }

        @Test
        void streamHandlersGetTheRawBytes() {
            deploy("stream", "fixtures.StreamHandler");
            assertThat(text(invoke("stream", "{\"raw\":true}"))).isEqualTo("[{\"raw\":true}]");
        }
    }

    @Nested
    class PlainMethods {
        @Test
        void staticMethodTakingTheInputOnly() {
            deploy("shout", "fixtures.PlainMethods::shout");
            assertThat(text(invoke("shout", "\"hey\""))).isEqualTo("\"hey!\"");
        }

        @Test
        void instanceMethodTakingAMapAndTheContext() {
            deploy("describe", "fixtures.PlainMethods::describe");
            assertThat(json(invoke("describe", "{\"b\":1,\"a\":2}")))
                    .containsEntry("keys", java.util.List.of("a", "b"))
                    .containsEntry("function", "describe");
        }

        @Test
        void theOverloadEndingInContextWins() {
            deploy("overloaded", "fixtures.PlainMethods::overloaded");
            assertThat(text(invoke("overloaded", "\"x\""))).isEqualTo("\"with context\"");
        }

        @Test
        void primitivesAreUnboxedAndBoxed() {
            deploy("twice", "fixtures.PlainMethods::twice");
            assertThat(text(invoke("twice", "21"))).isEqualTo("42");
        }

        @Test
        void genericListsAreDeserialisedWithTheirElementType() {
            deploy("listed", "fixtures.PlainMethods::listed");
            assertThat(text(invoke("listed", "[1,2]"))).isEqualTo("[2,3]");
        }

        @Test
        void streamMethodWithoutContext() {
            deploy("copy", "fixtures.PlainMethods::copy");
            assertThat(text(invoke("copy", "{\"same\":1}"))).isEqualTo("{\"same\":1}");
        }

        @Test
        void voidMethodWithoutParametersReturnsJsonNull() {
            deploy("nothing", "fixtures.PlainMethods::nothing");
            assertThat(text(invoke("nothing", "{}"))).isEqualTo("null");
        }
    }

    @Nested
    class UnresolvableHandlers {
        @Test
        void aMissingClassFailsEveryCallWithClassNotFound() {
            deploy("missing", "fixtures.Missing");
            for (int i = 0; i < 2; i++) {
                InvocationResult result = invoke("missing", "{}");
                assertThat(result.functionError()).isEqualTo("Unhandled");
                assertThat(text(result)).isEqualTo(
                        "{\"errorMessage\":\"Class not found: fixtures.Missing\","
                                + "\"errorType\":\"java.lang.ClassNotFoundException\"}");
            }
        }

        @Test
        void aMissingMethodIsReportedWithoutAType() {
            deploy("nomethod", "fixtures.PlainMethods::nope");
            assertThat(text(invoke("nomethod", "{}"))).isEqualTo("{\"errorMessage\":\"No public method named nope"
                    + " with appropriate method signature found on class fixtures.PlainMethods\"}");
        }

        @Test
        void aMethodWithContextFirstIsNotASignatureTheRuntimeAccepts() {
            deploy("bad", "fixtures.PlainMethods::noSuitableSignature");
            assertThat(json(invoke("bad", "{}"))).containsEntry("errorMessage", "No public method named"
                    + " noSuitableSignature with appropriate method signature found on class fixtures.PlainMethods");
        }

        @Test
        void aClassThatIsNoHandlerIsRejected() {
            deploy("pojo", "fixtures.Order");
            assertThat(json(invoke("pojo", "{}"))).containsEntry("errorMessage",
                    "Class does not implement an appropriate handler interface: fixtures.Order");
        }

        @Test
        void anEmptyMethodNameIsAnInvalidHandler() {
            deploy("invalid", "fixtures.PlainMethods::");
            assertThat(json(invoke("invalid", "{}")))
                    .containsEntry("errorMessage", "Invalid handler: `fixtures.PlainMethods::'");
        }

        @Test
        void unparseableInputIsAJsonParsingError() {
            deploy("pojo", "fixtures.PojoHandler");
            Map<String, Object> error = json(invoke("pojo", "[1]"));
            assertThat(error).containsEntry("errorMessage", "An error occurred during JSON parsing")
                    .containsEntry("errorType", "java.lang.RuntimeException");
        }
    }
}
