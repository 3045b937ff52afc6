package io.stratus.dynamo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import io.stratus.dynamo.index.IndexedTable;
import io.stratus.dynamo.storage.MvStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secondary indexes survive a restart with a data directory, and are rebuilt for directories that predate them. */
class CatalogPersistenceTest {

    private static void fill(EngineHarness dynamo) {
        IndexedTable.create(dynamo);
        IndexedTable.put(dynamo, "o1", "a", "open", 2, "c1", 10);
        IndexedTable.put(dynamo, "o1", "b", "open", 1, "c2", 30);
        IndexedTable.put(dynamo, "o2", "a", "closed", 1, "c1", 20);
        // a GSI with a sort key added to a live table
        dynamo.call("UpdateTable", "{'TableName':'orders','AttributeDefinitions':[{'AttributeName':'note',"
                + "'AttributeType':'S'},{'AttributeName':'total','AttributeType':'N'}],'GlobalSecondaryIndexUpdates':"
                + "[{'Create':{'IndexName':'byNote','KeySchema':[{'AttributeName':'note','KeyType':'HASH'},"
                + "{'AttributeName':'total','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}}]}");
    }

    private static String everyIndex(EngineHarness dynamo) {
        StringBuilder all = new StringBuilder();
        all.append(dynamo.call("Query", "{'TableName':'orders','IndexName':'byStatus','KeyConditionExpression':"
                + "'#s = :s AND created >= :c','ExpressionAttributeNames':{'#s':'status'},"
                + "'ExpressionAttributeValues':{':s':{'S':'open'},':c':{'N':'1'}}}").get("Items"));
        all.append(dynamo.call("Query", "{'TableName':'orders','IndexName':'byNote','KeyConditionExpression':"
                + "'note = :n AND #t > :t','ExpressionAttributeNames':{'#t':'total'},"
                + "'ExpressionAttributeValues':{':n':{'S':'n-a'},':t':{'N':'0'}}}").get("Items"));
        all.append(dynamo.call("Query", "{'TableName':'orders','IndexName':'byTotal','KeyConditionExpression':'pk = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'o1'}}}").get("Items"));
        for (String index : new String[] {"byStatus", "byCustomer", "byTotal", "byNote"}) {
            all.append(dynamo.call("Scan", "{'TableName':'orders','IndexName':'" + index + "'}").get("Items"));
        }
        JsonNode table = dynamo.call("DescribeTable", "{'TableName':'orders'}").get("Table");
        all.append(table.get("GlobalSecondaryIndexes")).append(table.get("LocalSecondaryIndexes"));
        return all.toString();
    }

    @Test
    void indexesWithSortKeysSurviveARestart(@TempDir Path dir) {
        String before;
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            fill(dynamo);
            before = everyIndex(dynamo);
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            assertThat(everyIndex(dynamo)).isEqualTo(before).contains("\"n-a\"").contains("\"ItemCount\":3");
            IndexedTable.put(dynamo, "o1", "c", "open", 0, null, null);
            assertThat(dynamo.call("Scan", "{'TableName':'orders','IndexName':'byStatus'}").get("Count").asInt())
                    .isEqualTo(4);
        }
    }

    @Test
    void aDirectoryWithoutIndexStoresGetsThemRebuiltOnOpen(@TempDir Path dir) {
        String before;
        TableMetadata metadata;
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            fill(dynamo);
            before = everyIndex(dynamo);
        }
        try (MvStorage storage = MvStorage.open(dir)) {
            metadata = TableMetadataCodec.decode(storage.catalog().get("orders"));
            // what a data directory of format 1 looks like: items and catalog, no index stores
            for (String index : new String[] {"byStatus", "byCustomer", "byTotal", "byNote"}) {
                storage.dropItems(Catalog.indexStoreName(metadata, index));
            }
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            assertThat(everyIndex(new EngineHarness(engine))).isEqualTo(before);
        }
    }

    @Test
    void deleteTableDropsTheIndexStores(@TempDir Path dir) {
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            fill(new EngineHarness(engine));
        }
        TableMetadata old;
        try (MvStorage storage = MvStorage.open(dir)) {
            old = TableMetadataCodec.decode(storage.catalog().get("orders"));
            assertThat(storage.hasItems(Catalog.indexStoreName(old, "byNote"))).isTrue();
        }
        try (DynamoEngine engine = DynamoEngine.open(dir)) {
            EngineHarness dynamo = new EngineHarness(engine);
            dynamo.call("DeleteTable", "{'TableName':'orders'}");
            IndexedTable.create(dynamo);
            assertThat(dynamo.call("Scan", "{'TableName':'orders','IndexName':'byCustomer'}").get("Count").asInt())
                    .isZero();
        }
        try (MvStorage storage = MvStorage.open(dir)) {
            for (String index : new String[] {"byStatus", "byCustomer", "byTotal", "byNote"}) {
                assertThat(storage.hasItems(Catalog.indexStoreName(old, index))).as(index).isFalse();
            }
            assertThat(storage.hasItems(old.storeName())).isFalse();
        }
    }
}
