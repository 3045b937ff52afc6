package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/** Writes the {@code ConsumedCapacity} member for {@code ReturnConsumedCapacity} TOTAL or INDEXES. */
final class ConsumedCapacityWriter {

    private ConsumedCapacityWriter() {
    }

    /** Writes the member when {@code mode} asks for it; {@code read} selects the read or write units field. */
    static void write(JsonGenerator out, String mode, String tableName, double units, boolean read) throws IOException {
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeFieldName("ConsumedCapacity");
        writeEntry(out, mode, tableName, units, read);
    }

    /** Writes the {@code ConsumedCapacity} list of a batch operation, one entry per table, when {@code mode} asks for it. */
    static void writeList(JsonGenerator out, String mode, Map<String, Double> unitsByTable, boolean read)
            throws IOException {
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeArrayFieldStart("ConsumedCapacity");
        for (Map.Entry<String, Double> e : unitsByTable.entrySet()) {
            writeEntry(out, mode, e.getKey(), e.getValue(), read);
        }
        out.writeEndArray();
    }

    private static void writeEntry(JsonGenerator out, String mode, String tableName, double units, boolean read)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("TableName", tableName);
        out.writeNumberField("CapacityUnits", units);
        if (mode.equals("INDEXES")) {
            out.writeNumberField(read ? "ReadCapacityUnits" : "WriteCapacityUnits", units);
            out.writeObjectFieldStart("Table");
            out.writeNumberField(read ? "ReadCapacityUnits" : "WriteCapacityUnits", units);
            out.writeNumberField("CapacityUnits", units);
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
