package io.stratus.dynamo.catalog;

import java.math.BigDecimal;

/**
 * Provisioned throughput of a table or global index, with the change history DescribeTable
 * reports. Times are epoch seconds with fraction; {@code null} when never changed.
 */
public record Throughput(long readCapacityUnits, long writeCapacityUnits, BigDecimal lastIncreaseDateTime,
                         BigDecimal lastDecreaseDateTime, long numberOfDecreasesToday) {

    /** Zero units, as DescribeTable shows for on-demand tables. */
    public static final Throughput ON_DEMAND = new Throughput(0, 0, null, null, 0);

    /** Newly provisioned units with no history. */
    public static Throughput of(long read, long write) {
        return new Throughput(read, write, null, null, 0);
    }
}
