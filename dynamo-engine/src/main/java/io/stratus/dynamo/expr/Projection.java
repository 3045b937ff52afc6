package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A resolved ProjectionExpression. */
public interface Projection {

    /**
     * The parts of {@code item} the projection names, nested maps and lists keeping their shape;
     * projected list elements keep their relative order and close ranks ({@code a[1], a[3]} gives
     * a two-element list).
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** The projected paths, in written order. */
    List<DocumentPath> paths();
}
