package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.dynamo.capacity.ConsumedCapacity;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the {@code ConsumedCapacity} member for {@code ReturnConsumedCapacity} TOTAL (the table
 * name and the total units) or INDEXES (also the units on the table and on each index touched).
 */
final class ConsumedCapacityWriter {

    private ConsumedCapacityWriter() {
    }

    /** Writes the member for units consumed on the table alone. */
    static void write(JsonGenerator out, String mode, String tableName, double units, boolean read) throws IOException {
        write(out, mode, tableName, ConsumedCapacity.ofTable(units), read);
    }

    /** Writes the member when {@code mode} asks for it; {@code read} selects the read or write units field. */
    static void write(JsonGenerator out, String mode, String tableName, ConsumedCapacity capacity, boolean read)
            throws IOException {
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeFieldName("ConsumedCapacity");
        writeEntry(out, mode, tableName, capacity, read);
    }

    /** Writes the {@code ConsumedCapacity} list of a batch operation, one entry per table, when {@code mode} asks for it. */
    static void writeList(JsonGenerator out, String mode, Map<String, ConsumedCapacity> byTable, boolean read)
            throws IOException {
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeArrayFieldStart("ConsumedCapacity");
        for (Map.Entry<String, ConsumedCapacity> e : byTable.entrySet()) {
            writeEntry(out, mode, e.getKey(), e.getValue(), read);
        }
        out.writeEndArray();
    }

    private static void writeEntry(JsonGenerator out, String mode, String tableName, ConsumedCapacity capacity,
                                   boolean read) throws IOException {
        double total = capacity.total();
        out.writeStartObject();
        out.writeStringField("TableName", tableName);
        out.writeNumberField("CapacityUnits", total);
        if (mode.equals("INDEXES")) {
            String field = read ? "ReadCapacityUnits" : "WriteCapacityUnits";
            out.writeNumberField(field, total);
            out.writeFieldName("Table");
            writeUnits(out, field, capacity.table());
            writeIndexes(out, "LocalSecondaryIndexes", field, capacity.localIndexes());
            writeIndexes(out, "GlobalSecondaryIndexes", field, capacity.globalIndexes());
        }
        out.writeEndObject();
    }

    private static void writeIndexes(JsonGenerator out, String member, String field, Map<String, Double> indexes)
            throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart(member);
        for (Map.Entry<String, Double> e : indexes.entrySet()) {
            out.writeFieldName(e.getKey());
            writeUnits(out, field, e.getValue());
        }
        out.writeEndObject();
    }

    private static void writeUnits(JsonGenerator out, String field, double units) throws IOException {
        out.writeStartObject();
        out.writeNumberField(field, units);
        out.writeNumberField("CapacityUnits", units);
        out.writeEndObject();
    }
}
