package io.stratus.dynamo.query;

import io.stratus.dynamo.expr.KeyRange;
import io.stratus.dynamo.expr.SortKeyCondition;
import io.stratus.dynamo.key.KeyEncoder;
import java.io.ByteArrayOutputStream;

/**
 * Turns a Query's key condition into the half-open range {@code [low, high)} of encoded keys it
 * covers. Table keys are {@code encode(pk) + encode(sk)}, index entry keys
 * {@code encode(indexPk) + encode(indexSk) + tableKey}; each encoding is self-delimiting, so one
 * partition is a prefix range and each sort-key operator a sub-range of prefixes.
 */
public final class KeyRanges {

    private KeyRanges() {
    }

    /** The encoded bounds of a key range; {@code high} is exclusive, {@code null} means unbounded. */
    public record Bounds(byte[] low, byte[] high) {
    }

    /** The bounds of {@code range} over a table's encoded keys. */
    public static Bounds of(KeyRange range) {
        byte[] partition = KeyEncoder.encode(range.partitionKeyValue(), null);
        // the key encoding is prefix-free, so the partition is exactly the keys starting with its encoding
        byte[] partitionEnd = KeyEncoder.successor(partition);
        SortKeyCondition sort = range.sortKeyCondition();
        if (sort == null) {
            return new Bounds(partition, partitionEnd);
        }
        byte[] at = concat(partition, KeyEncoder.encode(sort.value(), null));
        // the keys starting with `at` are [at, successor(at)): on a table the one key with this sort
        // key, on an index every entry with this index sort key, whatever table key follows it
        byte[] after = KeyEncoder.successor(at);
        return switch (sort.operator()) {
            case EQ -> new Bounds(at, after);
            case GE -> new Bounds(at, partitionEnd);
            case GT -> new Bounds(after, partitionEnd);
            case LT -> new Bounds(partition, at);
            case LE -> new Bounds(partition, after);
            case BETWEEN -> new Bounds(at, KeyEncoder.successor(concat(partition, KeyEncoder.encode(sort.upperBound(), null))));
            case BEGINS_WITH -> {
                byte[] prefix = concat(partition, KeyEncoder.unterminated(sort.value()));
                yield new Bounds(prefix, KeyEncoder.successor(prefix));
            }
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
