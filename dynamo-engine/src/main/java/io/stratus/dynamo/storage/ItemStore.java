package io.stratus.dynamo.storage;

import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The items of one table: a sorted map from encoded key bytes (compared unsigned) to encoded
 * item bytes. Single calls are atomic; callers serialise read-modify-write per key.
 */
public interface ItemStore {

    /** The value stored under {@code key}, or {@code null}. */
    byte[] get(byte[] key);

    /** Stores {@code value} under {@code key} and returns the previous value, or {@code null}. */
    byte[] put(byte[] key, byte[] value);

    /** Removes {@code key} and returns the previous value, or {@code null}. */
    byte[] remove(byte[] key);

    /**
     * Atomically replaces the value under {@code key} by {@code update(old)} ({@code old} and the
     * result may be {@code null}, meaning absent) and returns the old value.
     */
    byte[] update(byte[] key, UnaryOperator<byte[]> update);

    /**
     * The entries with {@code low <= key < high} in key order ({@code forward}) or reverse key
     * order; a {@code null} bound is unbounded. The iterator reflects a consistent snapshot.
     */
    Iterator<Map.Entry<byte[], byte[]>> range(byte[] low, byte[] high, boolean forward);

    /** The number of entries. */
    long count();

    /** Removes every entry; callers keep writers out while it runs. */
    void clear();
}
