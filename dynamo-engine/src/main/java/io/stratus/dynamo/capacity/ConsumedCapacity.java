package io.stratus.dynamo.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity one operation consumed on one table: on the table itself and on each secondary
 * index it read or wrote, which {@code ReturnConsumedCapacity=INDEXES} breaks down and
 * {@code TOTAL} sums.
 *
 * @param table units consumed on the table
 * @param globalIndexes units per global secondary index touched, in the order touched
 * @param localIndexes units per local secondary index touched
 */
public record ConsumedCapacity(double table, Map<String, Double> globalIndexes, Map<String, Double> localIndexes) {

    public ConsumedCapacity {
        globalIndexes = globalIndexes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(globalIndexes));
        localIndexes = localIndexes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(localIndexes));
    }

    /** Capacity consumed on the table alone. */
    public static ConsumedCapacity ofTable(double units) {
        return new ConsumedCapacity(units, Map.of(), Map.of());
    }

    /** Everything consumed: the table plus every index. */
    public double total() {
        double total = table;
        for (double units : globalIndexes.values()) {
            total += units;
        }
        for (double units : localIndexes.values()) {
            total += units;
        }
        return total;
    }

    /** The sum of this and {@code other}, index by index (what a batch reports per table). */
    public ConsumedCapacity plus(ConsumedCapacity other) {
        Map<String, Double> globals = new LinkedHashMap<>(globalIndexes);
        other.globalIndexes.forEach((k, v) -> globals.merge(k, v, Double::sum));
        Map<String, Double> locals = new LinkedHashMap<>(localIndexes);
        other.localIndexes.forEach((k, v) -> locals.merge(k, v, Double::sum));
        return new ConsumedCapacity(table + other.table, globals, locals);
    }
}
