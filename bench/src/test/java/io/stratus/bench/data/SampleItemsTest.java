package io.stratus.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.json.AttributeValueJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleItemsTest {

    private static final RequestContext CONTEXT = new RequestContext("us-east-1", "000000000000", "test");

    @Test
    void everySampleItemWeighsExactlyOneKilobyte() throws Exception {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            for (int n : new int[] {0, 7, 999_999}) {
                JsonNode item = engine.parseRequest(
                        SampleItems.item(SampleItems.partitionKey(n), SampleItems.sortKey(n % 10_000))
                                .getBytes(StandardCharsets.UTF_8));
                assertThat(ItemSize.of(AttributeValueJson.decodeMap(item))).isEqualTo(SampleItems.ITEM_BYTES);
            }
        }
    }

    @Test
    void keysTooWideForTheirFixedWidthAreRejected() {
        assertThatThrownBy(() -> SampleItems.partitionKey(1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleItems.sortKey(10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySampleRequestIsAcceptedByTheEngine() throws Exception {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            String table = "bench";
            String pk = SampleItems.partitionKey(1);
            call(engine, "CreateTable", SampleItems.createTable(table));
            call(engine, "BatchWriteItem", SampleRequests.batchPut(table, pk, 0, SampleRequests.BATCH_WRITE_LIMIT));
            call(engine, "PutItem", SampleRequests.putItem(table, pk, SampleItems.sortKey(99)));
            assertThat(call(engine, "UpdateItem", SampleRequests.updateCounter(table, pk, SampleItems.sortKey(99))))
                    .isEqualTo("{}");
            assertThat(call(engine, "GetItem", SampleRequests.getItem(table, pk, SampleItems.sortKey(99), true)))
                    .contains("\"count\":{\"N\":\"1\"}");
            assertThat(call(engine, "Query", SampleRequests.queryPartition(table, pk)))
                    .contains("\"Count\":26");
        }
    }

    private static String call(DynamoEngine engine, String operation, String body) {
        byte[] response = engine.execute(operation, engine.parseRequest(body.getBytes(StandardCharsets.UTF_8)), CONTEXT);
        return new String(response, StandardCharsets.UTF_8);
    }
}
