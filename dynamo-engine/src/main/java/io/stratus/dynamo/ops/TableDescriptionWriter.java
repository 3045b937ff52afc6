package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.AttributeDefinition;
import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.SecondaryIndex;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.catalog.TableOptions;
import io.stratus.dynamo.catalog.Throughput;
import io.stratus.dynamo.index.LiveIndex;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@code TableDescription} object as DescribeTable and the other control-plane operations return it. */
final class TableDescriptionWriter {

    private static final DateTimeFormatter STREAM_LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private TableDescriptionWriter() {
    }

    /** Live statistics of one secondary index. */
    record IndexStats(long itemCount, long sizeBytes) {
    }

    /** Writes field {@code field} holding the description of {@code table} in {@code status}. */
    static void write(JsonGenerator out, String field, Table table, String status, RequestContext context)
            throws IOException {
        write(out, field, table.metadata(), table.itemCount(), table.sizeBytes(), indexStats(table), status, context);
    }

    /** The statistics of every index of {@code table}, by index name. */
    static Map<String, IndexStats> indexStats(Table table) {
        Map<String, IndexStats> stats = new HashMap<>();
        for (LiveIndex index : table.indexes()) {
            stats.put(index.layout().indexName(), new IndexStats(index.itemCount(), index.sizeBytes()));
        }
        return stats;
    }

    /** Writes a description from a metadata snapshot and item and index statistics. */
    static void write(JsonGenerator out, String field, TableMetadata t, long itemCount, long sizeBytes,
                      Map<String, IndexStats> indexStats, String status, RequestContext context) throws IOException {
        String arn = tableArn(t.tableName(), context);
        out.writeObjectFieldStart(field);
        out.writeArrayFieldStart("AttributeDefinitions");
        for (AttributeDefinition d : t.attributeDefinitions()) {
            out.writeStartObject();
            out.writeStringField("AttributeName", d.attributeName());
            out.writeStringField("AttributeType", d.attributeType().descriptor());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("TableName", t.tableName());
        writeKeySchema(out, t.keySchema());
        out.writeStringField("TableStatus", status);
        out.writeNumberField("CreationDateTime", t.creationDateTime());
        writeThroughput(out, t.throughput());
        out.writeNumberField("TableSizeBytes", sizeBytes);
        out.writeNumberField("ItemCount", itemCount);
        out.writeStringField("TableArn", arn);
        out.writeStringField("TableId", t.tableId());
        // A table that has always been provisioned has no BillingModeSummary: "You may need to
        // switch to on-demand mode at least once in order to return a BillingModeSummary response"
        // (API reference, TableDescription).
        if (t.lastUpdateToPayPerRequestDateTime() != null) {
            out.writeObjectFieldStart("BillingModeSummary");
            out.writeStringField("BillingMode", t.billingMode());
            out.writeNumberField("LastUpdateToPayPerRequestDateTime", t.lastUpdateToPayPerRequestDateTime());
            out.writeEndObject();
        }
        if (!t.localSecondaryIndexes().isEmpty()) {
            out.writeArrayFieldStart("LocalSecondaryIndexes");
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                writeIndex(out, i, arn, null, indexStats.get(i.indexName()));
            }
            out.writeEndArray();
        }
        if (!t.globalSecondaryIndexes().isEmpty()) {
            out.writeArrayFieldStart("GlobalSecondaryIndexes");
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                writeIndex(out, i, arn, status.equals("DELETING") ? "DELETING" : "ACTIVE",
                        indexStats.get(i.indexName()));
            }
            out.writeEndArray();
        }
        TableOptions o = t.options();
        if (Boolean.TRUE.equals(o.streamEnabled())) {
            out.writeObjectFieldStart("StreamSpecification");
            out.writeBooleanField("StreamEnabled", true);
            out.writeStringField("StreamViewType", o.streamViewType());
            out.writeEndObject();
            String label = STREAM_LABEL.format(Instant.ofEpochMilli(t.creationDateTime().movePointRight(3).longValue()));
            out.writeStringField("LatestStreamLabel", label);
            out.writeStringField("LatestStreamArn", arn + "/stream/" + label);
        }
        if (Boolean.TRUE.equals(o.sseEnabled())) {
            out.writeObjectFieldStart("SSEDescription");
            out.writeStringField("Status", "ENABLED");
            out.writeStringField("SSEType", "KMS");
            out.writeStringField("KMSMasterKeyArn", o.kmsMasterKeyId() != null && o.kmsMasterKeyId().startsWith("arn:")
                    ? o.kmsMasterKeyId()
                    : "arn:aws:kms:" + context.region() + ":" + context.accountId() + ":key/"
                            + (o.kmsMasterKeyId() != null ? o.kmsMasterKeyId() : t.tableId()));
            out.writeEndObject();
        }
        if (o.tableClass() != null) {
            out.writeObjectFieldStart("TableClassSummary");
            out.writeStringField("TableClass", o.tableClass());
            out.writeEndObject();
        }
        out.writeBooleanField("DeletionProtectionEnabled", t.deletionProtectionEnabled());
        out.writeEndObject();
    }

    static String tableArn(String tableName, RequestContext context) {
        return "arn:aws:dynamodb:" + context.region() + ":" + context.accountId() + ":table/" + tableName;
    }

    private static void writeKeySchema(JsonGenerator out, List<KeyElement> keySchema) throws IOException {
        out.writeArrayFieldStart("KeySchema");
        for (KeyElement k : keySchema) {
            out.writeStartObject();
            out.writeStringField("AttributeName", k.attributeName());
            out.writeStringField("KeyType", k.keyType());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeThroughput(JsonGenerator out, Throughput t) throws IOException {
        out.writeObjectFieldStart("ProvisionedThroughput");
        writeTime(out, "LastIncreaseDateTime", t.lastIncreaseDateTime());
        writeTime(out, "LastDecreaseDateTime", t.lastDecreaseDateTime());
        out.writeNumberField("NumberOfDecreasesToday", t.numberOfDecreasesToday());
        out.writeNumberField("ReadCapacityUnits", t.readCapacityUnits());
        out.writeNumberField("WriteCapacityUnits", t.writeCapacityUnits());
        out.writeEndObject();
    }

    private static void writeTime(JsonGenerator out, String field, BigDecimal time) throws IOException {
        if (time != null) {
            out.writeNumberField(field, time);
        }
    }

    /** Index statistics are live, like the table's (see {@link Table}). */
    private static void writeIndex(JsonGenerator out, SecondaryIndex i, String tableArn, String status,
                                   IndexStats stats) throws IOException {
        out.writeStartObject();
        out.writeStringField("IndexName", i.indexName());
        writeKeySchema(out, i.keySchema());
        out.writeObjectFieldStart("Projection");
        out.writeStringField("ProjectionType", i.projectionType());
        if (i.nonKeyAttributes() != null) {
            out.writeArrayFieldStart("NonKeyAttributes");
            for (String a : i.nonKeyAttributes()) {
                out.writeString(a);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        if (status != null) {
            out.writeStringField("IndexStatus", status);
            writeThroughput(out, i.throughput() == null ? Throughput.ON_DEMAND : i.throughput());
        }
        out.writeNumberField("IndexSizeBytes", stats == null ? 0 : stats.sizeBytes());
        out.writeNumberField("ItemCount", stats == null ? 0 : stats.itemCount());
        out.writeStringField("IndexArn", tableArn + "/index/" + i.indexName());
        out.writeEndObject();
    }
}
