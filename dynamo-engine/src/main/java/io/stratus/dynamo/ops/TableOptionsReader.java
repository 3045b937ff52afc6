package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.catalog.TableOptions;
import io.stratus.dynamo.error.DynamoDbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and checks stream, encryption, table-class and tag settings of CreateTable and UpdateTable. */
final class TableOptionsReader {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Set<String> TABLE_CLASSES = Set.of("STANDARD", "STANDARD_INFREQUENT_ACCESS");

    private TableOptionsReader() {
    }

    /** The options of a CreateTable request. */
    static TableOptions forCreate(JsonNode request) {
        Boolean streamEnabled = null;
        String viewType = null;
        JsonNode stream = Requests.member(request, "StreamSpecification");
        if (stream != null) {
            streamEnabled = Requests.bool(stream, "StreamEnabled");
            viewType = Requests.text(stream, "StreamViewType");
            if (streamEnabled && viewType == null) {
                throw DynamoDbException.validation(INVALID
                        + "Table is being created with a stream enabled, UpdateViewType is required");
            }
            if (!streamEnabled && viewType != null) {
                throw DynamoDbException.validation(INVALID
                        + "Table is being created with a stream disabled, UpdateViewType should not be specified");
            }
        }
        TableOptions sse = sse(Requests.member(request, "SSESpecification"), TableOptions.NONE);
        String tableClass = tableClass(request);
        List<TableOptions.Tag> tags = new ArrayList<>();
        JsonNode tagList = Requests.member(request, "Tags");
        if (tagList != null) {
            for (JsonNode t : tagList) {
                tags.add(new TableOptions.Tag(t.get("Key").textValue(), t.get("Value").textValue()));
            }
        }
        return new TableOptions(streamEnabled, viewType, sse.sseEnabled(), sse.sseType(), sse.kmsMasterKeyId(),
                tableClass, tags);
    }

    /** {@code base} with the encryption settings of an {@code SSESpecification} applied, if present. */
    static TableOptions sse(JsonNode spec, TableOptions base) {
        if (spec == null) {
            return base;
        }
        Boolean enabled = Requests.bool(spec, "Enabled");
        String type = Requests.text(spec, "SSEType");
        String key = Requests.text(spec, "KMSMasterKeyId");
        if (Boolean.FALSE.equals(enabled) && type != null) {
            throw DynamoDbException.validation(INVALID + "SSEType can not be specified if Enabled is false");
        }
        if (Boolean.FALSE.equals(enabled) && key != null) {
            throw DynamoDbException.validation(INVALID + "KMSMasterKeyId can not be specified if Enabled is false");
        }
        if ("AES256".equals(type)) {
            throw DynamoDbException.validation(INVALID + "SSEType AES256 is not supported");
        }
        return new TableOptions(base.streamEnabled(), base.streamViewType(), Boolean.TRUE.equals(enabled),
                Boolean.TRUE.equals(enabled) ? "KMS" : null, key, base.tableClass(), base.tags());
    }

    /** The {@code TableClass} of a request, checked against AWS's values; {@code null} when absent. */
    static String tableClass(JsonNode request) {
        String tableClass = Requests.text(request, "TableClass");
        if (tableClass != null && !TABLE_CLASSES.contains(tableClass)) {
            throw DynamoDbException.validation("Invalid table-class parameter provided. Please try again with a valid "
                    + "table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].");
        }
        return tableClass;
    }
}
