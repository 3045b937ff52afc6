package io.stratus.dynamo.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.dynamo.model.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The persistent form of {@link TableMetadata}: a small versioned JSON document (metadata is
 * read once at startup, so readability beats compactness here; items use a binary form).
 */
public final class TableMetadataCodec {

    /** Version of the metadata document; readers accept this and every older version. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TableMetadataCodec() {
    }

    /** Encodes metadata to bytes. */
    public static byte[] encode(TableMetadata t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("version", VERSION);
        o.put("tableName", t.tableName());
        o.put("tableId", t.tableId());
        o.put("storeName", t.storeName());
        o.put("creationDateTime", t.creationDateTime());
        o.set("keySchema", keySchema(t.keySchema()));
        ArrayNode defs = o.putArray("attributeDefinitions");
        for (AttributeDefinition d : t.attributeDefinitions()) {
            defs.addObject().put("name", d.attributeName()).put("type", d.attributeType().descriptor());
        }
        o.put("billingMode", t.billingMode());
        o.set("throughput", throughput(t.throughput()));
        o.put("lastUpdateToPayPerRequestDateTime", t.lastUpdateToPayPerRequestDateTime());
        o.set("globalSecondaryIndexes", indexes(t.globalSecondaryIndexes()));
        o.set("localSecondaryIndexes", indexes(t.localSecondaryIndexes()));
        TableOptions opt = t.options();
        ObjectNode options = o.putObject("options");
        options.put("streamEnabled", opt.streamEnabled());
        options.put("streamViewType", opt.streamViewType());
        options.put("sseEnabled", opt.sseEnabled());
        options.put("sseType", opt.sseType());
        options.put("kmsMasterKeyId", opt.kmsMasterKeyId());
        options.put("tableClass", opt.tableClass());
        ArrayNode tags = options.putArray("tags");
        for (TableOptions.Tag tag : opt.tags()) {
            tags.addObject().put("key", tag.key()).put("value", tag.value());
        }
        o.put("deletionProtectionEnabled", t.deletionProtectionEnabled());
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes metadata written by this or an older version. */
    public static TableMetadata decode(byte[] bytes) {
        JsonNode o;
        try {
            o = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int version = o.path("version").asInt();
        if (version < 1 || version > VERSION) {
            throw new IllegalStateException("unsupported table metadata version " + version);
        }
        List<AttributeDefinition> defs = new ArrayList<>();
        for (JsonNode d : o.get("attributeDefinitions")) {
            defs.add(new AttributeDefinition(d.get("name").asText(),
                    AttributeValue.Type.fromDescriptor(d.get("type").asText())));
        }
        JsonNode opt = o.get("options");
        List<TableOptions.Tag> tags = new ArrayList<>();
        for (JsonNode tag : opt.get("tags")) {
            tags.add(new TableOptions.Tag(tag.get("key").asText(), tag.get("value").asText()));
        }
        TableOptions options = new TableOptions(bool(opt.get("streamEnabled")), text(opt.get("streamViewType")),
                bool(opt.get("sseEnabled")), text(opt.get("sseType")), text(opt.get("kmsMasterKeyId")),
                text(opt.get("tableClass")), tags);
        return new TableMetadata(o.get("tableName").asText(), o.get("tableId").asText(), o.get("storeName").asText(),
                o.get("creationDateTime").decimalValue(), keySchema(o.get("keySchema")), defs,
                o.get("billingMode").asText(), throughput(o.get("throughput")),
                decimal(o.get("lastUpdateToPayPerRequestDateTime")), indexes(o.get("globalSecondaryIndexes")),
                indexes(o.get("localSecondaryIndexes")), options, o.get("deletionProtectionEnabled").asBoolean());
    }

    private static ArrayNode keySchema(List<KeyElement> keySchema) {
        ArrayNode a = MAPPER.createArrayNode();
        for (KeyElement k : keySchema) {
            a.addObject().put("name", k.attributeName()).put("keyType", k.keyType());
        }
        return a;
    }

    private static List<KeyElement> keySchema(JsonNode a) {
        List<KeyElement> list = new ArrayList<>();
        for (JsonNode k : a) {
            list.add(new KeyElement(k.get("name").asText(), k.get("keyType").asText()));
        }
        return list;
    }

    private static JsonNode throughput(Throughput t) {
        if (t == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("read", t.readCapacityUnits());
        o.put("write", t.writeCapacityUnits());
        o.put("lastIncrease", t.lastIncreaseDateTime());
        o.put("lastDecrease", t.lastDecreaseDateTime());
        o.put("decreasesToday", t.numberOfDecreasesToday());
        return o;
    }

    private static Throughput throughput(JsonNode o) {
        if (o == null || o.isNull()) {
            return null;
        }
        return new Throughput(o.get("read").asLong(), o.get("write").asLong(), decimal(o.get("lastIncrease")),
                decimal(o.get("lastDecrease")), o.get("decreasesToday").asLong());
    }

    private static ArrayNode indexes(List<SecondaryIndex> indexes) {
        ArrayNode a = MAPPER.createArrayNode();
        for (SecondaryIndex i : indexes) {
            ObjectNode o = a.addObject();
            o.put("name", i.indexName());
            o.set("keySchema", keySchema(i.keySchema()));
            o.put("projectionType", i.projectionType());
            if (i.nonKeyAttributes() != null) {
                ArrayNode nk = o.putArray("nonKeyAttributes");
                i.nonKeyAttributes().forEach(nk::add);
            }
            o.set("throughput", throughput(i.throughput()));
        }
        return a;
    }

    private static List<SecondaryIndex> indexes(JsonNode a) {
        List<SecondaryIndex> list = new ArrayList<>();
        for (JsonNode o : a) {
            List<String> nonKey = null;
            if (o.hasNonNull("nonKeyAttributes")) {
                nonKey = new ArrayList<>();
                for (JsonNode n : o.get("nonKeyAttributes")) {
                    nonKey.add(n.asText());
                }
            }
            list.add(new SecondaryIndex(o.get("name").asText(), keySchema(o.get("keySchema")),
                    o.get("projectionType").asText(), nonKey, throughput(o.get("throughput"))));
        }
        return list;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Boolean bool(JsonNode n) {
        return n == null || n.isNull() ? null : n.asBoolean();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }
}
