package io.stratus.dynamo.item;

import io.stratus.dynamo.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * numbers are stored as their canonical text. {@link StoredItemJson} writes this form as JSON
 * without decoding it.
 *
 * <p>Encoding measures the exact length first and then writes into one array of that length: no
 * growing buffer, no final copy, no temporary array per string.
 */
public final class ItemCodec {

    /** The current item format; a later format must still read this one. */
    public static final int FORMAT = 1;

    static final int TAG_TRUE = 0x40;
    static final int TAG_FALSE = 0x41;

    /** {@code Type.values()} clones its array on every call; decoding looks a tag up per value. */
    static final AttributeValue.Type[] TYPES = AttributeValue.Type.values();

    private ItemCodec() {
    }

    /** Encodes an item whose DynamoDB size is {@code size}. */
    public static byte[] encode(Map<String, AttributeValue> item, long size) {
        int length = 1 + varLongLength(size) + varLongLength(item.size());
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            length += stringLength(e.getKey()) + valueLength(e.getValue());
        }
        Out out = new Out(length);
        out.write(FORMAT);
        out.varLong(size);
        out.varLong(item.size());
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            out.string(e.getKey());
            writeValue(out, e.getValue());
        }
        return out.finish();
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
        Map<String, AttributeValue> item = new LinkedHashMap<>(capacity(count));
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

    /** A hash table that holds {@code n} entries without rehashing. */
    private static int capacity(int n) {
        return n < 3 ? n + 1 : (int) (n / 0.75f) + 1;
    }

    private static int valueLength(AttributeValue value) {
        switch (value.type()) {
            case S:
                return 1 + stringLength(((AttributeValue.S) value).value());
            case N:
                return 1 + stringLength(((AttributeValue.N) value).value());
            case B: {
                int n = ((AttributeValue.B) value).value().length;
                return 1 + varLongLength(n) + n;
            }
            case BOOL:
            case NULL:
                return 1;
            case M: {
                Map<String, AttributeValue> map = ((AttributeValue.M) value).value();
                int length = 1 + varLongLength(map.size());
                for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
                    length += stringLength(e.getKey()) + valueLength(e.getValue());
                }
                return length;
            }
            case L: {
                List<AttributeValue> list = ((AttributeValue.L) value).value();
                int length = 1 + varLongLength(list.size());
                for (AttributeValue e : list) {
                    length += valueLength(e);
                }
                return length;
            }
            case SS:
            case NS: {
                Set<String> set = value instanceof AttributeValue.SS ss ? ss.value() : ((AttributeValue.NS) value).value();
                int length = 1 + varLongLength(set.size());
                for (String s : set) {
                    length += stringLength(s);
                }
                return length;
            }
            case BS: {
                List<byte[]> set = ((AttributeValue.BS) value).value();
                int length = 1 + varLongLength(set.size());
                for (byte[] b : set) {
                    length += varLongLength(b.length) + b.length;
                }
                return length;
            }
            default:
                throw new IllegalStateException("unhandled type " + value.type());
        }
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
        AttributeValue.Type type = TYPES[tag];
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
                Map<String, AttributeValue> map = AttributeValue.M.ownedMap(n);
                for (int i = 0; i < n; i++) {
                    String name = in.string();
                    map.put(name, readValue(in));
                }
                return new AttributeValue.M(map);
            }
            case L: {
                int n = (int) in.varLong();
                List<AttributeValue> list = AttributeValue.L.ownedList(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return new AttributeValue.L(list);
            }
            case SS:
            case NS: {
                int n = (int) in.varLong();
                Set<String> set = AttributeValue.SS.ownedSet(n);
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

    static int varLongLength(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            n++;
            v >>>= 7;
        }
        return n;
    }

    /** A string's stored length: its length prefix plus its UTF-8 bytes. */
    private static int stringLength(String s) {
        int n = utf8Length(s);
        return varLongLength(n) + n;
    }

    /**
     * UTF-8 length as {@link String#getBytes} with UTF-8 encodes it: an unpaired surrogate becomes
     * one {@code '?'}, as it did when strings were encoded with {@code getBytes}.
     */
    private static int utf8Length(String s) {
        int length = s.length();
        int bytes = length;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                    // two chars, four bytes
                    bytes += 2;
                    i++;
                }
            }
        }
        return bytes;
    }

    /** An output array of the exact encoded length, with varints and in-place UTF-8. */
    private static final class Out {
        private final byte[] buf;
        private int pos;

        Out(int length) {
            buf = new byte[length];
        }

        void write(int b) {
            buf[pos++] = (byte) b;
        }

        void varLong(long v) {
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void bytes(byte[] b) {
            varLong(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        void string(String s) {
            varLong(utf8Length(s));
            int length = s.length();
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[pos++] = (byte) c;
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | (c >> 6));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else if (!Character.isSurrogate(c)) {
                    buf[pos++] = (byte) (0xE0 | (c >> 12));
                    buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | (cp >> 18));
                    buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    buf[pos++] = '?';
                }
            }
        }

        byte[] finish() {
            if (pos != buf.length) {
                throw new IllegalStateException("encoded " + pos + " bytes, measured " + buf.length);
            }
            return buf;
        }
    }

    /** A reader over an encoded item. */
    static final class In {
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

        /** The buffer, for reading a run of {@link #skip}ped bytes in place. */
        byte[] buffer() {
            return buf;
        }

        /** Skips {@code n} bytes and returns where they start. */
        int skip(int n) {
            int start = pos;
            pos += n;
            return start;
        }
    }
}
