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

    /**
     * The projection onto {@code paths}, which must not overlap: what AttributesToGet and
     * UpdateItem's UPDATED_OLD / UPDATED_NEW select.
     */
    static Projection of(List<DocumentPath> paths) {
        return new BoundProjection(paths);
    }

    /** The projected paths, in written order. */
    List<DocumentPath> paths();
}
