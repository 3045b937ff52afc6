package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.capacity.CapacityUnits;
import io.stratus.dynamo.capacity.ConsumedCapacity;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.DocumentPath;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.expr.Projection;
import io.stratus.dynamo.index.IndexLayout;
import io.stratus.dynamo.item.StoredItemJson;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.key.PrimaryKey;
import io.stratus.dynamo.key.PrimaryKeys;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.query.Page;
import io.stratus.dynamo.query.PageReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Checks and response members shared by the multi-item reads (Query, Scan, BatchGetItem). */
final class ItemReads {

    private ItemReads() {
    }

    /** Rejects duplicates in a legacy AttributesToGet list ({@code null}: absent). */
    static void checkAttributesToGet(List<String> attributesToGet) {
        if (attributesToGet == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String name : attributesToGet) {
            if (!seen.add(name)) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Duplicate value in attribute name: " + name);
            }
        }
    }

    /** The projection AttributesToGet asks for: each name a top-level attribute. */
    static Projection attributesToGet(List<String> names) {
        List<DocumentPath> paths = new ArrayList<>(names.size());
        for (String name : names) {
            paths.add(DocumentPath.of(name));
        }
        return Projection.of(paths);
    }

    /**
     * Checks {@code Select} against the projection parameters. Query reports these texts inside a
     * "1 validation error detected: " envelope and Scan bare ({@code prefix}), as AWS does.
     */
    static void checkSelect(JsonNode request, String prefix) {
        String select = Requests.text(request, "Select");
        boolean projection = Requests.has(request, "ProjectionExpression");
        boolean attributesToGet = Requests.has(request, "AttributesToGet");
        if (select == null) {
            return;
        }
        if (select.equals("SPECIFIC_ATTRIBUTES")) {
            if (!projection && !attributesToGet) {
                throw DynamoDbException.validation(prefix + "Must specify the AttributesToGet or ProjectionExpression "
                        + "when choosing to get SPECIFIC_ATTRIBUTES");
            }
            return;
        }
        String what = select.equals("COUNT") ? "only the Count" : select;
        if (attributesToGet) {
            throw DynamoDbException.validation(prefix + "Cannot specify the AttributesToGet when choosing to get " + what);
        }
        if (projection) {
            throw DynamoDbException.validation(prefix + "Cannot specify the ProjectionExpression when choosing to get "
                    + what);
        }
        if (select.equals("ALL_PROJECTED_ATTRIBUTES") && !Requests.has(request, "IndexName")) {
            throw DynamoDbException.validation(prefix + "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using "
                    + "an IndexName");
        }
    }

    /** Decodes ExclusiveStartKey; AWS prefixes value errors with "The provided starting key is invalid: ". */
    static Map<String, AttributeValue> decodeStartKey(JsonNode request) {
        JsonNode node = Requests.member(request, "ExclusiveStartKey");
        if (node == null) {
            return null;
        }
        try {
            return AttributeValueJson.decodeMap(node);
        } catch (DynamoDbException e) {
            throw invalidStartKey(e.getMessage());
        }
    }

    /** Checks a decoded ExclusiveStartKey against the table's key schema. */
    static PrimaryKey startKey(TableMetadata table, Map<String, AttributeValue> startKey) {
        try {
            return PrimaryKeys.fromKey(table, startKey);
        } catch (DynamoDbException e) {
            throw invalidStartKey(e.getMessage());
        }
    }

    static DynamoDbException invalidStartKey(String detail) {
        return DynamoDbException.validation("The provided starting key is invalid: " + detail);
    }

    /**
     * The filter of a Query or Scan: its FilterExpression when present, else {@code legacy} (the
     * parameter combination check keeps the two apart).
     */
    static ReadFilter filter(JsonNode request, ExpressionContext expressions, ReadFilter legacy) {
        String text = Requests.text(request, "FilterExpression");
        return text == null ? legacy
                : ReadFilter.of(expressions, text, "FilterExpression", Requests.has(request, "IndexName"));
    }

    /** The projection a read returns: ProjectionExpression, else AttributesToGet, else {@code null} (whole items). */
    static Projection projection(JsonNode request, ExpressionContext expressions, List<String> attributesToGet) {
        String text = Requests.text(request, "ProjectionExpression");
        return text != null ? expressions.projection(text)
                : attributesToGet != null ? attributesToGet(attributesToGet) : null;
    }

    /** The table or index a Query or Scan reads, once its expressions have been checked. */
    static ReadTarget target(Catalog catalog, JsonNode request, Map<String, AttributeValue> startKey) {
        Table table = catalog.forItems(Requests.text(request, "TableName"));
        return ReadTarget.resolve(table, Requests.text(request, "IndexName"), consistent(request), startKey != null);
    }

    /**
     * Reads one page of {@code target} from the encoded key {@code low} to {@code high} ({@code null}:
     * unbounded) and writes the Query or Scan response.
     */
    static void readPage(JsonGenerator out, JsonNode request, ReadTarget target, Projection projection,
                         ReadFilter filter, Predicate<Map<String, AttributeValue>> inSegment,
                         byte[] low, byte[] high, boolean forward) throws IOException {
        String select = Requests.text(request, "Select");
        boolean countOnly = "COUNT".equals(select);
        Long limit = Requests.integral(request, "Limit");
        ReadTarget.Reading reading = target.reading(select, projection, filter.attributes(), consistent(request));
        PageReader reader = new PageReader(target.keyNames(), limit == null ? 0 : limit.intValue(),
                filter.condition(), reading.output(), countOnly, inSegment, reading.fetch());
        Page page = reader.read(target.store().range(low, high, forward));
        writePage(out, request, target, page, countOnly);
    }

    private static boolean consistent(JsonNode request) {
        return Boolean.TRUE.equals(Requests.bool(request, "ConsistentRead"));
    }

    /** Writes a Query or Scan response. */
    private static void writePage(JsonGenerator out, JsonNode request, ReadTarget target, Page page, boolean countOnly)
            throws IOException {
        out.writeStartObject();
        if (!countOnly) {
            out.writeArrayFieldStart("Items");
            if (page.storedItems() != null) {
                for (byte[] stored : page.storedItems()) {
                    StoredItemJson.write(out, stored);
                }
            } else {
                for (Map<String, AttributeValue> item : page.items()) {
                    AttributeValueJson.writeMap(out, item);
                }
            }
            out.writeEndArray();
        }
        out.writeNumberField("Count", page.count());
        out.writeNumberField("ScannedCount", page.scannedCount());
        if (page.lastEvaluatedKey() != null) {
            out.writeFieldName("LastEvaluatedKey");
            AttributeValueJson.writeMap(out, page.lastEvaluatedKey());
        }
        ConsumedCapacityWriter.write(out, Requests.text(request, "ReturnConsumedCapacity"),
                target.metadata().tableName(), capacity(target, page, consistent(request)), true);
        out.writeEndObject();
    }

    /**
     * A page's read units: on the table, or on the index read plus (for a local index) the table
     * items fetched, each fetch rounded up to 4 KB on its own (developer guide, "Local secondary
     * indexes": "Provisioned throughput considerations").
     */
    private static ConsumedCapacity capacity(ReadTarget target, Page page, boolean consistent) {
        double read = CapacityUnits.read(page.bytesRead(), consistent);
        IndexLayout index = target.layout();
        if (index == null) {
            return ConsumedCapacity.ofTable(read);
        }
        double fetched = consistent ? page.fetchedReadUnits() : page.fetchedReadUnits() / 2.0;
        Map<String, Double> units = Map.of(index.indexName(), read);
        return index.global() ? new ConsumedCapacity(fetched, units, Map.of())
                : new ConsumedCapacity(fetched, Map.of(), units);
    }
}
