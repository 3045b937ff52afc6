package io.stratus.dynamo.capacity;

/**
 * Capacity units DynamoDB charges for single-item operations: a read is one unit per started
 * 4 KB (half for an eventually consistent read), a write one unit per started 1 KB of the larger
 * of the old and new item; every operation costs at least one (half) unit. Source: the
 * developer guide's "Read/write capacity mode" page.
 */
public final class CapacityUnits {

    /** Bytes per read capacity unit. */
    public static final int READ_UNIT_BYTES = 4096;
    /** Bytes per write capacity unit. */
    public static final int WRITE_UNIT_BYTES = 1024;

    private CapacityUnits() {
    }

    /** Units for reading an item of {@code itemBytes} (0 when absent). */
    public static double read(long itemBytes, boolean consistent) {
        long units = Math.max(1, ceilDiv(itemBytes, READ_UNIT_BYTES));
        return consistent ? units : units / 2.0;
    }

    /** Units for writing over an item of {@code oldBytes} with one of {@code newBytes} (0 when absent). */
    public static double write(long oldBytes, long newBytes) {
        return Math.max(1, ceilDiv(Math.max(oldBytes, newBytes), WRITE_UNIT_BYTES));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
