package io.stratus.junit5.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.Stratus;
import io.stratus.junit5.StratusInject;
import io.stratus.junit5.StratusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Everything injectable, in fields (static and not) and parameters. */
@StratusTest(template = "template.yaml")
public class InjectionSample {
    @StratusInject
    static URI staticEndpoint;

    @StratusInject
    URI endpoint;

    @StratusInject
    Stratus stratus;

    @StratusInject
    DynamoDbClient dynamo;

    @StratusInject
    LambdaClient lambda;

    @Test
    void fieldsAndParametersNameTheSameInstance(@StratusInject URI parameterEndpoint, Stratus parameterStratus,
            DynamoDbClient parameterDynamo, DynamoDbAsyncClient async, TestReporter reporter) throws Exception {
        assertThat(endpoint).isEqualTo(staticEndpoint).isEqualTo(parameterEndpoint).isEqualTo(stratus.endpoint());
        assertThat(parameterStratus).isSameAs(stratus);
        assertThat(parameterDynamo).isSameAs(dynamo);
        assertThat(lambda).isSameAs(stratus.lambda());
        assertThat(dynamo.listTables().tableNames()).containsExactly("events", "orders-dev");
        assertThat(async.listTables().get().tableNames()).containsExactly("events", "orders-dev");
        reporter.publishEntry("endpoint", endpoint.toString());
    }
}
