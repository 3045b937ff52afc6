package io.stratus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.lambda.InvocationType;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.lambda.UpperCaseHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lambda host wired into the server: template functions, programmatic ones, and missing code. */
class StratusServerLambdaTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Orders:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: orders
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  BillingMode: PAY_PER_REQUEST
              UpperFunction:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: upper
                  Handler: io.stratus.server.lambda.UpperCaseHandler
                  Runtime: java17
                  Environment:
                    Variables:
                      TABLE_NAME: !Ref Orders
            """;

    @Test
    void templateAndBuilderFunctionsAreDeployedAndInvocable(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        try (StratusServer server = StratusServer.builder().port(0).region("eu-central-1").template(template)
                .function(FunctionConfig.builder("shout", UpperCaseHandler.class.getName()).build())
                .start()) {
            assertThat(server.lambdaHost().function("upper")).hasValueSatisfying(f -> assertThat(f.environment())
                    .containsEntry("TABLE_NAME", "orders"));
            byte[] reply = server.lambdaHost().invoke("shout", "\"hi\"".getBytes(StandardCharsets.UTF_8),
                    InvocationType.REQUEST_RESPONSE).payload();
            assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("\"HI\"");
        }
    }

    @Test
    void functionWhoseCodeIsMissingStopsTheStartNamingIt(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  HelloFunction:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: a.B, Runtime: java17, CodeUri: hello-function}
                """);

        assertThatThrownBy(() -> StratusServer.builder().port(0).template(template).start())
                .isInstanceOf(StratusStartupException.class)
                .hasMessage("Function HelloFunction: CodeUri hello-function not found (resolved to "
                        + dir.resolve("hello-function").toAbsolutePath().normalize() + ")");
    }
}
