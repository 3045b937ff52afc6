package io.stratus.junit5.consumer;

import io.stratus.junit5.StratusInject;
import io.stratus.junit5.StratusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One of two classes that run at the same time, each on its own instance; see {@link Rendezvous}. */
@StratusTest(template = "template.yaml")
class ParallelFirstTest {
    @Test
    void seesOnlyItsOwnItemsWhileTheOtherClassRuns(@StratusInject URI endpoint, DynamoDbClient dynamo)
            throws InterruptedException {
        Rendezvous.writeMeetAndCount("first", endpoint, dynamo);
    }
}
