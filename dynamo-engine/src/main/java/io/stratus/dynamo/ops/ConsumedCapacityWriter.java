package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the {@code ConsumedCapacity} member for {@code ReturnConsumedCapacity} TOTAL or INDEXES. */
final class ConsumedCapacityWriter {

    private ConsumedCapacityWriter() {
    }

    /** Writes the member when {@code mode} asks for it; {@code read} selects the read or write units field. */
    static void write(JsonGenerator out, String mode, String tableName, double units, boolean read) throws IOException {
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeObjectFieldStart("ConsumedCapacity");
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
