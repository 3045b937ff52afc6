package io.stratus.dynamo.item;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.dynamo.model.AttributeValue;
import java.io.IOException;

/**
 * Writes a stored item ({@link ItemCodec}'s binary form) as DynamoDB JSON without decoding it into
 * {@link AttributeValue}s: what a read without projection or filter returns is the stored item as it
 * is, so there is nothing to build. String and number payloads go from the stored UTF-8 bytes to
 * the generator as they are ({@link JsonGenerator#writeUTF8String}, which escapes), binaries are
 * Base64-encoded from the stored bytes; only attribute names become {@code String}s. The output is
 * byte for byte what {@code AttributeValueJson.writeMap} writes for the decoded item.
 *
 * <p>Needs a generator writing UTF-8 bytes (one created on an {@code OutputStream}).
 */
public final class StoredItemJson {

    private StoredItemJson() {
    }

    /** Writes the item stored as {@code stored} as a JSON object. */
    public static void write(JsonGenerator g, byte[] stored) throws IOException {
        ItemCodec.In in = new ItemCodec.In(stored);
        int format = in.read();
        if (format != ItemCodec.FORMAT) {
            throw new IllegalStateException("unknown item format " + format);
        }
        in.varLong();
        writeMembers(g, in, (int) in.varLong());
    }

    private static void writeMembers(JsonGenerator g, ItemCodec.In in, int count) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < count; i++) {
            g.writeFieldName(in.string());
            writeValue(g, in);
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, ItemCodec.In in) throws IOException {
        int tag = in.read();
        g.writeStartObject();
        if (tag == ItemCodec.TAG_TRUE || tag == ItemCodec.TAG_FALSE) {
            g.writeFieldName(AttributeValue.Type.BOOL.descriptor());
            g.writeBoolean(tag == ItemCodec.TAG_TRUE);
            g.writeEndObject();
            return;
        }
        AttributeValue.Type type = ItemCodec.TYPES[tag];
        g.writeFieldName(type.descriptor());
        switch (type) {
            case S, N -> utf8(g, in);
            case B -> binary(g, in);
            case NULL -> g.writeBoolean(true);
            case M -> writeMembers(g, in, (int) in.varLong());
            case L -> {
                int n = (int) in.varLong();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    writeValue(g, in);
                }
                g.writeEndArray();
            }
            case SS, NS -> {
                int n = (int) in.varLong();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    utf8(g, in);
                }
                g.writeEndArray();
            }
            case BS -> {
                int n = (int) in.varLong();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    binary(g, in);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalStateException("unknown value tag " + tag);
        }
        g.writeEndObject();
    }

    private static void utf8(JsonGenerator g, ItemCodec.In in) throws IOException {
        int n = (int) in.varLong();
        g.writeUTF8String(in.buffer(), in.skip(n), n);
    }

    private static void binary(JsonGenerator g, ItemCodec.In in) throws IOException {
        int n = (int) in.varLong();
        g.writeBinary(in.buffer(), in.skip(n), n);
    }
}
