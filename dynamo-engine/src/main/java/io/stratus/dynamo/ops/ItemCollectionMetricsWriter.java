package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.index.LiveIndex;
import io.stratus.dynamo.item.ItemCodec;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.KeyEncoder;
import io.stratus.dynamo.model.AttributeValue;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes {@code ItemCollectionMetrics} for {@code ReturnItemCollectionMetrics=SIZE}. DynamoDB
 * returns them only for tables with local secondary indexes, where an item collection (all items
 * and LSI entries sharing a partition key) is limited to 10 GB: the collection's key and a size
 * estimate in GB as {@code [lower, upper]} (API reference, ItemCollectionMetrics).
 */
final class ItemCollectionMetricsWriter {

    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private ItemCollectionMetricsWriter() {
    }

    /** Whether a write request on {@code table} gets the metrics. */
    static boolean wanted(String mode, Table table) {
        return "SIZE".equals(mode) && !table.metadata().localSecondaryIndexes().isEmpty();
    }

    /** Writes the {@code ItemCollectionMetrics} member for the collection of partition key {@code hash}. */
    static void write(JsonGenerator out, Table table, AttributeValue hash) throws IOException {
        out.writeFieldName("ItemCollectionMetrics");
        writeMetrics(out, table, hash);
    }

    /** Writes one metrics object (BatchWriteItem lists them per table). */
    static void writeMetrics(JsonGenerator out, Table table, AttributeValue hash) throws IOException {
        byte[] low = KeyEncoder.encode(hash, null);
        byte[] high = KeyEncoder.successor(low);
        long bytes = sum(table.items().range(low, high, true));
        for (LiveIndex index : table.indexes()) {
            if (!index.layout().global()) {
                // an LSI entry key starts with the table's partition key, like the table's own keys
                bytes += sum(index.entries().range(low, high, true));
            }
        }
        double lower = Math.floor(bytes / BYTES_PER_GB);
        out.writeStartObject();
        out.writeObjectFieldStart("ItemCollectionKey");
        out.writeFieldName(table.metadata().hashKeyName());
        AttributeValueJson.write(out, hash);
        out.writeEndObject();
        out.writeArrayFieldStart("SizeEstimateRangeGB");
        out.writeNumber(lower);
        out.writeNumber(lower + 1);
        out.writeEndArray();
        out.writeEndObject();
    }

    private static long sum(Iterator<Map.Entry<byte[], byte[]>> entries) {
        long bytes = 0;
        while (entries.hasNext()) {
            bytes += ItemCodec.storedSize(entries.next().getValue());
        }
        return bytes;
    }
}
