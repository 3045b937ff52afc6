package io.stratus.dynamo.item;

import io.stratus.dynamo.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact binary form of a stored item (not JSON text).
 *
 * <p>Layout: a format byte ({@value #FORMAT}), the item's DynamoDB size as a varint (so table
 * size can be summed without decoding), the attribute count, then per attribute its name and
 * value. Strings are varint length + UTF-8; a value is a tag byte (the {@link AttributeValue.Type}
 * ordinal, or {@link #TAG_TRUE}/{@link #TAG_FALSE} for booleans) followed by its payload;
 * numbers are stored as their canonical text.
 */
public final class ItemCodec {

    /** The current item format; a later format must still read this one. */
    public static final int FORMAT = 1;

    static final int TAG_TRUE = 0x40;
    static final int TAG_FALSE = 0x41;

    private ItemCodec() {
    }

    /** Encodes an item whose DynamoDB size is {@code size}. */
    public static byte[] encode(Map<String, AttributeValue> item, long size) {
        Out out = new Out();
        out.write(FORMAT);
        out.varLong(size);
        out.varLong(item.size());
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            out.string(e.getKey());
            writeValue(out, e.getValue());
        }
        return out.toByteArray();
    }

    /** Decodes an item. */
    public static Map<String, AttributeValue> decode(byte[] bytes) {
        In in = new In(bytes);
        int format = in.read();
        if (format != FORMAT) {
            throw new IllegalStateException("unknown item format " + format);
        }
        in.varLong();
        int count = (int) in.varLong();
        Map<String, AttributeValue> item = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String name = in.string();
            item.put(name, readValue(in));
        }
        return item;
    }

    /** The DynamoDB size recorded in an encoded item, read without decoding the item. */
    public static long storedSize(byte[] bytes) {
        In in = new In(bytes);
        in.read();
        return in.varLong();
    }

    private static void writeValue(Out out, AttributeValue value) {
        switch (value.type()) {
            case S -> {
                out.write(value.type().ordinal());
                out.string(((AttributeValue.S) value).value());
            }
            case N -> {
                out.write(value.type().ordinal());
                out.string(((AttributeValue.N) value).value());
            }
            case B -> {
                out.write(value.type().ordinal());
                out.bytes(((AttributeValue.B) value).value());
            }
            case BOOL -> out.write(((AttributeValue.Bool) value).value() ? TAG_TRUE : TAG_FALSE);
            case NULL -> out.write(value.type().ordinal());
            case M -> {
                out.write(value.type().ordinal());
                Map<String, AttributeValue> map = ((AttributeValue.M) value).value();
                out.varLong(map.size());
                for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
                    out.string(e.getKey());
                    writeValue(out, e.getValue());
                }
            }
            case L -> {
                out.write(value.type().ordinal());
                List<AttributeValue> list = ((AttributeValue.L) value).value();
                out.varLong(list.size());
                for (AttributeValue e : list) {
                    writeValue(out, e);
                }
            }
            case SS, NS -> {
                out.write(value.type().ordinal());
                Set<String> set = value instanceof AttributeValue.SS ss ? ss.value() : ((AttributeValue.NS) value).value();
                out.varLong(set.size());
                for (String s : set) {
                    out.string(s);
                }
            }
            case BS -> {
                out.write(value.type().ordinal());
                List<byte[]> set = ((AttributeValue.BS) value).value();
                out.varLong(set.size());
                for (byte[] b : set) {
                    out.bytes(b);
                }
            }
            default -> throw new IllegalStateException("unhandled type " + value.type());
        }
    }

    private static AttributeValue readValue(In in) {
        int tag = in.read();
        if (tag == TAG_TRUE) {
            return AttributeValue.Bool.TRUE;
        }
        if (tag == TAG_FALSE) {
            return AttributeValue.Bool.FALSE;
        }
        AttributeValue.Type type = AttributeValue.Type.values()[tag];
        switch (type) {
            case S:
                return new AttributeValue.S(in.string());
            case N:
                return new AttributeValue.N(in.string());
            case B:
                return new AttributeValue.B(in.bytes());
            case NULL:
                return AttributeValue.Null.INSTANCE;
            case M: {
                int n = (int) in.varLong();
                Map<String, AttributeValue> map = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    String name = in.string();
                    map.put(name, readValue(in));
                }
                return new AttributeValue.M(map);
            }
            case L: {
                int n = (int) in.varLong();
                List<AttributeValue> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return new AttributeValue.L(list);
            }
            case SS:
            case NS: {
                int n = (int) in.varLong();
                Set<String> set = new LinkedHashSet<>(n * 2);
                for (int i = 0; i < n; i++) {
                    set.add(in.string());
                }
                return type == AttributeValue.Type.SS ? new AttributeValue.SS(set) : new AttributeValue.NS(set);
            }
            case BS: {
                int n = (int) in.varLong();
                List<byte[]> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(in.bytes());
                }
                return new AttributeValue.BS(list);
            }
            default:
                throw new IllegalStateException("unknown value tag " + tag);
        }
    }

    /** A growable output buffer with varints. */
    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(64);
        }

        void varLong(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void bytes(byte[] b) {
            varLong(b.length);
            write(b, 0, b.length);
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A reader over an encoded item. */
    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int read() {
            return buf[pos++] & 0xFF;
        }

        long varLong() {
            long result = 0;
            int shift = 0;
            while (true) {
                int b = read();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        byte[] bytes() {
            int n = (int) varLong();
            byte[] b = new byte[n];
            System.arraycopy(buf, pos, b, 0, n);
            pos += n;
            return b;
        }

        String string() {
            int n = (int) varLong();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
