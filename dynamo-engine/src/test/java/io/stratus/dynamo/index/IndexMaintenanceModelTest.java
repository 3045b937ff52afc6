package io.stratus.dynamo.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.item.ItemSize;
import io.stratus.dynamo.json.AttributeValueJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Randomised model test of index maintenance: several threads put, update, delete and batch-write
 * random items on a few keys (so they collide) while a global index is added to the live table
 * (which also holds items no worker touches, so only its backfill can index them);
 * afterwards every index must hold exactly the entries recomputed from the table, and report the
 * matching ItemCount and IndexSizeBytes. The seed is printed; rerun with {@code -Dstratus.seed=N}.
 */
class IndexMaintenanceModelTest {

    private static final long SEED = Long.getLong("stratus.seed", System.nanoTime());
    private static final int THREADS = 4;
    private static final int OPERATIONS = 300;

    /** Index name to (key attributes, projected non-key attributes or null for ALL). */
    private static final Map<String, List<List<String>>> INDEXES = Map.of(
            "byStatus", List.of(List.of("status", "created"), List.of()),
            "byCustomer", List.of(List.of("customer"), List.of("*")),
            "byTotal", List.of(List.of("pk", "total"), List.of("note")),
            "byNote", List.of(List.of("note", "total"), List.of("secret")));

    @Test
    void everyIndexMatchesTheTableAfterConcurrentWrites() throws Exception {
        System.out.println("IndexMaintenanceModelTest seed: " + SEED);
        try (DynamoEngine engine = DynamoEngine.inMemory()) {
            EngineHarness dynamo = new EngineHarness(engine);
            IndexedTable.create(dynamo);
            for (int i = 0; i < 60; i++) {
                // items no worker touches again: only the backfill can put them in the new index
                dynamo.call("PutItem", "{'TableName':'orders','Item':{'pk':{'S':'cold'},'sk':{'S':'" + i + "'},"
                        + "'note':{'S':'n" + (i % 2) + "'},'total':{'N':'" + i + "'}}}");
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(SEED + t);
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < OPERATIONS; i++) {
                        randomWrite(dynamo, random);
                    }
                    return null;
                }));
            }
            Thread.sleep(new Random(SEED).nextInt(30));
            dynamo.call("UpdateTable", "{'TableName':'orders','AttributeDefinitions':[{'AttributeName':'note',"
                    + "'AttributeType':'S'},{'AttributeName':'total','AttributeType':'N'}],'GlobalSecondaryIndexUpdates':"
                    + "[{'Create':{'IndexName':'byNote','KeySchema':[{'AttributeName':'note','KeyType':'HASH'},"
                    + "{'AttributeName':'total','KeyType':'RANGE'}],'Projection':{'ProjectionType':'INCLUDE',"
                    + "'NonKeyAttributes':['secret']}}}]}");
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            List<JsonNode> items = readAll(dynamo, null);
            JsonNode description = dynamo.call("DescribeTable", "{'TableName':'orders'}").get("Table");
            Map<String, JsonNode> stats = new HashMap<>();
            for (String group : new String[] {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
                description.get(group).forEach(index -> stats.put(index.get("IndexName").asText(), index));
            }
            for (Map.Entry<String, List<List<String>>> index : INDEXES.entrySet()) {
                List<String> expected = new ArrayList<>();
                long expectedSize = 0;
                for (JsonNode item : items) {
                    ObjectNode entry = project(item, index.getValue().get(0), index.getValue().get(1));
                    if (entry != null) {
                        expected.add(canonical(entry));
                        expectedSize += ItemSize.of(AttributeValueJson.decodeMap(entry));
                    }
                }
                List<String> actual = new ArrayList<>();
                for (JsonNode entry : readAll(dynamo, index.getKey())) {
                    actual.add(canonical(entry));
                }
                assertThat(actual).as("seed %d, index %s", SEED, index.getKey()).containsExactlyInAnyOrderElementsOf(expected);
                JsonNode indexStats = stats.get(index.getKey());
                assertThat(indexStats.get("ItemCount").asLong()).as("seed %d, %s count", SEED, index.getKey())
                        .isEqualTo(expected.size());
                assertThat(indexStats.get("IndexSizeBytes").asLong()).as("seed %d, %s size", SEED, index.getKey())
                        .isEqualTo(expectedSize);
            }
        }
    }

    private static void randomWrite(EngineHarness dynamo, Random random) {
        String key = "'pk':{'S':'p" + random.nextInt(3) + "'},'sk':{'S':'s" + random.nextInt(8) + "'}";
        try {
            switch (random.nextInt(5)) {
                case 0, 1 -> dynamo.call("PutItem", "{'TableName':'orders','Item':{" + key + attributes(random) + "}}");
                case 2 -> dynamo.call("UpdateItem", "{'TableName':'orders','Key':{" + key + "}," + update(random) + "}");
                case 3 -> dynamo.call("DeleteItem", "{'TableName':'orders','Key':{" + key + "}}");
                default -> dynamo.call("BatchWriteItem", "{'RequestItems':{'orders':[{'PutRequest':{'Item':{" + key
                        + attributes(random) + "}}},{'DeleteRequest':{'Key':{'pk':{'S':'q'},'sk':{'S':'"
                        + random.nextInt(3) + "'}}}}]}}");
            }
        } catch (DynamoDbException e) {
            throw new AssertionError("seed " + SEED + ": " + e.getMessage(), e);
        }
    }

    private static String attributes(Random random) {
        StringBuilder a = new StringBuilder();
        if (random.nextBoolean()) {
            a.append(",'status':{'S':'").append(random.nextBoolean() ? "open" : "closed").append("'}");
        }
        if (random.nextBoolean()) {
            a.append(",'created':{'N':'").append(random.nextInt(3)).append("'}");
        }
        if (random.nextBoolean()) {
            a.append(",'customer':{'S':'c").append(random.nextInt(2)).append("'}");
        }
        if (random.nextBoolean()) {
            a.append(",'total':{'N':'").append(random.nextInt(4)).append("'}");
        }
        if (random.nextBoolean()) {
            a.append(",'note':{'S':'n").append(random.nextInt(2)).append("'}");
        }
        if (random.nextBoolean()) {
            a.append(",'secret':{'S':'").append("x".repeat(random.nextInt(2000))).append("'}");
        }
        return a.toString();
    }

    private static String update(Random random) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        String[][] choices = {{"status", "S", "open"}, {"created", "N", "1"}, {"customer", "S", "c1"},
            {"total", "N", "2"}, {"note", "S", "n0"}, {"secret", "S", "y"}};
        for (String[] choice : choices) {
            int action = random.nextInt(3);
            if (action == 0) {
                set.add("#" + choice[0] + " = :" + choice[0]);
                values.put(":" + choice[0], "{'" + choice[1] + "':'" + choice[2] + "'}");
            } else if (action == 1) {
                remove.add("#" + choice[0]);
            }
        }
        if (set.isEmpty() && remove.isEmpty()) {
            remove.add("#note");
        }
        String expression = (set.isEmpty() ? "" : "SET " + String.join(", ", set))
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        StringBuilder names = new StringBuilder();
        for (String[] choice : choices) {
            if (expression.contains("#" + choice[0])) {
                names.append(names.length() == 0 ? "" : ",").append("'#").append(choice[0]).append("':'")
                        .append(choice[0]).append("'");
            }
        }
        StringBuilder json = new StringBuilder("'UpdateExpression':'" + expression.trim() + "',"
                + "'ExpressionAttributeNames':{" + names + "}");
        if (!values.isEmpty()) {
            json.append(",'ExpressionAttributeValues':{");
            values.forEach((k, v) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                    .append("'").append(k).append("':").append(v));
            json.append("}");
        }
        return json.toString();
    }

    /** The index entry of {@code item}: null when a key attribute is missing; {@code ["*"]} projects everything. */
    private static ObjectNode project(JsonNode item, List<String> keys, List<String> nonKey) {
        for (String key : keys) {
            if (!item.has(key)) {
                return null;
            }
        }
        ObjectNode entry = ((ObjectNode) item).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (nonKey.contains("*") || keys.contains(name) || nonKey.contains(name) || name.equals("pk")
                    || name.equals("sk")) {
                entry.set(name, e.getValue());
            }
        }
        return entry;
    }

    private static String canonical(JsonNode item) {
        Map<String, String> sorted = new TreeMap<>();
        item.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().toString()));
        return sorted.toString();
    }

    private static List<JsonNode> readAll(EngineHarness dynamo, String index) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        String start = "";
        for (int pages = 0; pages < 1000; pages++) {
            JsonNode page = dynamo.call("Scan", "{'TableName':'orders','Limit':7"
                    + (index == null ? "" : ",'IndexName':'" + index + "'") + start + "}");
            for (JsonNode item : page.get("Items")) {
                assertThat(seen.add(canonical(item))).as("seed %d: %s read twice from %s", SEED, item, index).isTrue();
                items.add(item);
            }
            if (!page.has("LastEvaluatedKey")) {
                return items;
            }
            start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey").toString().replace('"', '\'');
        }
        throw new AssertionError("seed " + SEED + ": paging " + index + " did not end");
    }
}
