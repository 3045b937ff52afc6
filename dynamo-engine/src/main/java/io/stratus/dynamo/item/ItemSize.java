package io.stratus.dynamo.item;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.number.DynamoNumber;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it for the 400 KB limit and capacity units, following the
 * developer guide's "DynamoDB item sizes and formats" page: attribute name bytes plus value
 * size; strings by UTF-8 bytes, binaries by raw bytes, numbers one byte per two significant
 * digits plus one, BOOL and NULL one byte, lists and maps three bytes plus one byte per element
 * plus their contents. Set members count like their scalars.
 */
public final class ItemSize {

    /** The largest item DynamoDB stores: 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    /** The size of an item in bytes. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8Length(e.getKey()) + valueSize(e.getValue());
        }
        return size;
    }

    /** Throws AWS's error when the item is larger than {@link #MAX_ITEM_BYTES}. */
    public static long checkLimit(Map<String, AttributeValue> item) {
        long size = of(item);
        if (size > MAX_ITEM_BYTES) {
            throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
        }
        return size;
    }

    /** The size of one value, without an attribute name. */
    public static long valueSize(AttributeValue value) {
        switch (value.type()) {
            case S:
                return utf8Length(((AttributeValue.S) value).value());
            case N:
                return DynamoNumber.size(((AttributeValue.N) value).value());
            case B:
                return ((AttributeValue.B) value).value().length;
            case BOOL:
            case NULL:
                return 1;
            case SS: {
                long size = 0;
                for (String s : ((AttributeValue.SS) value).value()) {
                    size += utf8Length(s);
                }
                return size;
            }
            case NS: {
                long size = 0;
                for (String n : ((AttributeValue.NS) value).value()) {
                    size += DynamoNumber.size(n);
                }
                return size;
            }
            case BS: {
                long size = 0;
                for (byte[] b : ((AttributeValue.BS) value).value()) {
                    size += b.length;
                }
                return size;
            }
            case L: {
                long size = 3;
                for (AttributeValue e : ((AttributeValue.L) value).value()) {
                    size += 1 + valueSize(e);
                }
                return size;
            }
            case M: {
                long size = 3;
                for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) value).value().entrySet()) {
                    size += 1 + utf8Length(e.getKey()) + valueSize(e.getValue());
                }
                return size;
            }
            default:
                throw new IllegalStateException("unhandled type " + value.type());
        }
    }

    /** UTF-8 length without allocating the encoded bytes. */
    static int utf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
