package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.shape.Shape;
import java.io.IOException;

/** One DynamoDB operation: its request shape and its execution against a shape-checked request. */
public interface Operation {

    /** The operation name as in {@code X-Amz-Target} (e.g. {@code PutItem}). */
    String name();

    /** The request shape, checked before {@link #execute}. */
    Shape shape();

    /**
     * Whether the operation may change stored state (items, indexes or tables): its response then
     * waits until what it wrote is durable.
     */
    default boolean writes() {
        return false;
    }

    /** Executes a shape-checked request, writing the response object to {@code out}. */
    void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException;
}
