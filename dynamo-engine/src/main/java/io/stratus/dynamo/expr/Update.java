package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A resolved UpdateExpression. */
public interface Update {

    /**
     * The new item: {@code oldItem} (empty when the item does not exist yet) with the update's
     * actions applied. SET values are computed from {@code oldItem}, so {@code SET a = :v, b = a}
     * gives {@code b} the old {@code a}. Throws AWS's ValidationException when the update cannot
     * apply to this item (missing operand, wrong type, invalid document path, number range).
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> oldItem);

    /** Every path the update writes, in written order: what UPDATED_OLD and UPDATED_NEW return. */
    List<DocumentPath> updatedPaths();

    /**
     * Rejects the update if it touches a key attribute, with AWS's text ("Cannot update attribute
     * pk. This attribute is part of the key").
     */
    void checkKeyAttributesUntouched(Collection<String> keyAttributeNames);
}
