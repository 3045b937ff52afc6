package io.stratus.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.index.IndexedTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DynamoEngine#clearItems} and {@link DynamoEngine#clearAllItems}: the JUnit extension's reset. */
class ClearItemsTest {

    @Test
    void clearItemsEmptiesTheTableAndItsIndexesAndKeepsTheirDefinitions() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            EngineHarness dynamo = new EngineHarness(engine);
            IndexedTable.create(dynamo);
            JsonNode before = describe(dynamo, "orders");
            for (int i = 0; i < 20; i++) {
                IndexedTable.put(dynamo, "o" + i, "a", "NEW", i, "c" + i, i);
            }

            engine.clearItems("orders");

            JsonNode table = describe(dynamo, "orders");
            assertThat(table.get("ItemCount").asLong()).isZero();
            assertThat(table.get("TableSizeBytes").asLong()).isZero();
            for (JsonNode index : table.get("GlobalSecondaryIndexes")) {
                assertThat(index.get("ItemCount").asLong()).as(index.get("IndexName").asText()).isZero();
                assertThat(index.get("IndexSizeBytes").asLong()).as(index.get("IndexName").asText()).isZero();
            }
            assertThat(table.get("LocalSecondaryIndexes").get(0).get("ItemCount").asLong()).isZero();
            // key schema, attribute definitions, indexes, billing mode: all as before, only the counts reset
            assertThat(withoutCounts(table)).isEqualTo(withoutCounts(before));
            assertThat(dynamo.call("Scan", "{'TableName':'orders'}").get("Count").asInt()).isZero();
            assertThat(dynamo.call("Query", "{'TableName':'orders','IndexName':'byStatus',"
                    + "'KeyConditionExpression':'#s = :s','ExpressionAttributeNames':{'#s':'status'},"
                    + "'ExpressionAttributeValues':{':s':{'S':'NEW'}}}").get("Count").asInt()).isZero();
        }
    }

    @Test
    void aClearedTableTakesNewItemsAndIndexesThem() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            EngineHarness dynamo = new EngineHarness(engine);
            IndexedTable.create(dynamo);
            IndexedTable.put(dynamo, "o1", "a", "NEW", 1, "c1", 10);
            engine.clearItems("orders");

            IndexedTable.put(dynamo, "o2", "a", "NEW", 2, "c2", 20);

            JsonNode table = describe(dynamo, "orders");
            assertThat(table.get("ItemCount").asLong()).isEqualTo(1);
            assertThat(table.get("TableSizeBytes").asLong()).isPositive();
            JsonNode byCustomer = dynamo.call("Query", "{'TableName':'orders','IndexName':'byCustomer',"
                    + "'KeyConditionExpression':'customer = :c','ExpressionAttributeValues':{':c':{'S':'c2'}}}");
            assertThat(byCustomer.get("Count").asInt()).isEqualTo(1);
        }
    }

    @Test
    void clearAllItemsEmptiesEveryTable() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            EngineHarness dynamo = new EngineHarness(engine);
            dynamo.createTable("one", null);
            dynamo.createTable("two", "N");
            dynamo.call("PutItem", "{'TableName':'one','Item':{'pk':{'S':'a'}}}");
            dynamo.call("PutItem", "{'TableName':'two','Item':{'pk':{'S':'a'},'sk':{'N':'1'}}}");

            engine.clearAllItems();

            assertThat(engine.tableNames()).containsExactly("one", "two");
            assertThat(describe(dynamo, "one").get("ItemCount").asLong()).isZero();
            assertThat(describe(dynamo, "two").get("ItemCount").asLong()).isZero();
        }
    }

    @Test
    void clearingAMissingTableIsResourceNotFound() {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            assertThatThrownBy(() -> engine.clearItems("nope")).isInstanceOfSatisfying(DynamoDbException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
                assertThat(e.getMessage()).isEqualTo("Requested resource not found: Table: nope not found");
            });
        }
    }

    @Test
    void aClearStaysEmptiedOnDiskAfterARestart(@TempDir Path dir) {
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            IndexedTable.create(dynamo);
            IndexedTable.put(dynamo, "o1", "a", "NEW", 1, "c1", 10);
            engine.clearItems("orders");
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            JsonNode table = describe(dynamo, "orders");
            assertThat(table.get("ItemCount").asLong()).isZero();
            assertThat(table.get("GlobalSecondaryIndexes")).hasSize(2);
        }
    }

    /**
     * Writers race a series of clears; afterwards every item left in the table has its index entry
     * and no index entry is left without its item, and the sizes add up: no write half survives a clear.
     */
    @Test
    void concurrentWritersNeverLeaveAnItemAndItsIndexEntriesOutOfStep() throws Exception {
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            EngineHarness dynamo = new EngineHarness(engine);
            IndexedTable.create(dynamo);
            AtomicBoolean stop = new AtomicBoolean();
            List<Throwable> failures = new ArrayList<>();
            Set<Thread> writers = ConcurrentHashMap.newKeySet();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    int i = 0;
                    while (!stop.get()) {
                        IndexedTable.put(dynamo, "w" + writer + "-" + (i % 50), "a", "NEW", i, "c" + writer, i);
                        i++;
                    }
                });
                thread.setUncaughtExceptionHandler((t, e) -> {
                    synchronized (failures) {
                        failures.add(e);
                    }
                });
                writers.add(thread);
                thread.start();
            }
            for (int i = 0; i < 30; i++) {
                engine.clearItems("orders");
                Thread.sleep(2);
            }
            stop.set(true);
            for (Thread thread : writers) {
                thread.join();
            }
            assertThat(failures).isEmpty();

            int items = dynamo.call("Scan", "{'TableName':'orders','Select':'COUNT'}").get("Count").asInt();
            int inByCustomer = 0;
            for (int w = 0; w < 3; w++) {
                inByCustomer += dynamo.call("Query", "{'TableName':'orders','IndexName':'byCustomer','Select':'COUNT',"
                        + "'KeyConditionExpression':'customer = :c','ExpressionAttributeValues':{':c':{'S':'c" + w
                        + "'}}}").get("Count").asInt();
            }
            JsonNode table = describe(dynamo, "orders");
            assertThat(inByCustomer).isEqualTo(items);
            assertThat(table.get("ItemCount").asLong()).isEqualTo(items);
            long indexSize = 0;
            for (JsonNode index : table.get("GlobalSecondaryIndexes")) {
                if (index.get("IndexName").asText().equals("byCustomer")) {
                    indexSize = index.get("IndexSizeBytes").asLong();
                    assertThat(index.get("ItemCount").asLong()).isEqualTo(items);
                }
            }
            // byCustomer projects ALL, so its entries are the items themselves
            assertThat(indexSize).isEqualTo(table.get("TableSizeBytes").asLong());
        }
    }

    private static JsonNode describe(EngineHarness dynamo, String table) {
        return dynamo.call("DescribeTable", "{'TableName':'" + table + "'}").get("Table");
    }

    private static String withoutCounts(JsonNode table) {
        assertThat(table.get("GlobalSecondaryIndexes")).hasSize(2);
        return table.toString().replaceAll("\"(ItemCount|TableSizeBytes|IndexSizeBytes)\":\\d+", "");
    }
}
