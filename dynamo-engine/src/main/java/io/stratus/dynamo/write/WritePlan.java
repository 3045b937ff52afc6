package io.stratus.dynamo.write;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;

/**
 * What a prepared write does to one item, as a pure function of the item's current state. It
 * may be evaluated more than once when writers race, so it must not have side effects; it may
 * throw (e.g. a failed condition) to abort the write.
 */
@FunctionalInterface
public interface WritePlan {

    /** The item after the write, or {@code null} to delete it; {@code old} is {@code null} when absent. */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> old);
}
