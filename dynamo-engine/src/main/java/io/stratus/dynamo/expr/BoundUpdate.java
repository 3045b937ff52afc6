package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluable form of an UpdateExpression. Actions run as SET, REMOVE, ADD, DELETE; since no
 * two paths overlap, that order only matters for list indexes, and removals run from the highest
 * index down so that each index names an element of the original list.
 */
record BoundUpdate(List<SetAction> sets, List<DocumentPath> removes, List<ValueAction> adds,
                   List<ValueAction> deletes, List<DocumentPath> updatedPaths) implements Update {

    /** {@code SET path = value}. */
    record SetAction(DocumentPath path, Term value) {
    }

    /** {@code ADD path :value} or {@code DELETE path :value}. */
    record ValueAction(DocumentPath path, AttributeValue value) {
    }

    BoundUpdate {
        sets = List.copyOf(sets);
        List<DocumentPath> sortedRemoves = new ArrayList<>(removes);
        sortedRemoves.sort(HIGHER_INDEX_FIRST);
        removes = List.copyOf(sortedRemoves);
        adds = List.copyOf(adds);
        deletes = List.copyOf(deletes);
        updatedPaths = List.copyOf(updatedPaths);
    }

    /** Orders paths that differ first at a list index by descending index; other pairs keep their order. */
    private static final Comparator<DocumentPath> HIGHER_INDEX_FIRST = (a, b) -> {
        int common = Math.min(a.elements().size(), b.elements().size());
        for (int k = 0; k < common; k++) {
            PathElement x = a.elements().get(k);
            PathElement y = b.elements().get(k);
            if (!x.equals(y)) {
                if (x instanceof PathElement.Index ix && y instanceof PathElement.Index iy) {
                    return Integer.compare(iy.index(), ix.index());
                }
                return 0;
            }
        }
        return 0;
    };

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> oldItem) {
        Map<String, AttributeValue> item = oldItem == null ? Map.of() : oldItem;
        // Every SET value is computed before any is written: SET reads the pre-image.
        List<AttributeValue> values = new ArrayList<>(sets.size());
        for (SetAction set : sets) {
            values.add(Term.required(set.value(), item));
        }
        Map<String, AttributeValue> result = item;
        for (int i = 0; i < sets.size(); i++) {
            result = sets.get(i).path().set(result, values.get(i));
        }
        for (DocumentPath remove : removes) {
            result = remove.remove(result);
        }
        for (ValueAction add : adds) {
            result = add(result, add);
        }
        for (ValueAction delete : deletes) {
            result = delete(result, delete);
        }
        return result;
    }

    private static Map<String, AttributeValue> add(Map<String, AttributeValue> item, ValueAction action) {
        AttributeValue current = action.path().get(item);
        AttributeValue operand = action.value();
        if (current == null) {
            return action.path().set(item, operand);
        }
        AttributeValue sum;
        if (current instanceof AttributeValue.N a && operand instanceof AttributeValue.N b) {
            sum = NumberArithmetic.add(a, b);
        } else if (current instanceof AttributeValue.SS a && operand instanceof AttributeValue.SS b) {
            Set<String> union = new LinkedHashSet<>(a.value());
            union.addAll(b.value());
            sum = new AttributeValue.SS(union);
        } else if (current instanceof AttributeValue.NS a && operand instanceof AttributeValue.NS b) {
            Set<String> union = new LinkedHashSet<>(a.value());
            union.addAll(b.value());
            sum = new AttributeValue.NS(union);
        } else if (current instanceof AttributeValue.BS a && operand instanceof AttributeValue.BS b) {
            List<byte[]> union = new ArrayList<>(a.value());
            for (byte[] candidate : b.value()) {
                if (!containsBytes(a.value(), candidate)) {
                    union.add(candidate);
                }
            }
            sum = new AttributeValue.BS(union);
        } else {
            throw DynamoDbException.validation(Term.WRONG_TYPE);
        }
        return action.path().set(item, sum);
    }

    private static Map<String, AttributeValue> delete(Map<String, AttributeValue> item, ValueAction action) {
        AttributeValue current = action.path().get(item);
        AttributeValue operand = action.value();
        if (current == null) {
            return item;
        }
        AttributeValue rest;
        if (current instanceof AttributeValue.SS a && operand instanceof AttributeValue.SS b) {
            Set<String> left = new LinkedHashSet<>(a.value());
            left.removeAll(b.value());
            rest = left.isEmpty() ? null : new AttributeValue.SS(left);
        } else if (current instanceof AttributeValue.NS a && operand instanceof AttributeValue.NS b) {
            Set<String> left = new LinkedHashSet<>(a.value());
            left.removeAll(b.value());
            rest = left.isEmpty() ? null : new AttributeValue.NS(left);
        } else if (current instanceof AttributeValue.BS a && operand instanceof AttributeValue.BS b) {
            List<byte[]> left = new ArrayList<>();
            for (byte[] member : a.value()) {
                if (!containsBytes(b.value(), member)) {
                    left.add(member);
                }
            }
            rest = left.isEmpty() ? null : new AttributeValue.BS(left);
        } else {
            throw DynamoDbException.validation(Term.WRONG_TYPE);
        }
        // Deleting the last element of a set removes the attribute: DynamoDB has no empty sets.
        return rest == null ? action.path().remove(item) : action.path().set(item, rest);
    }

    private static boolean containsBytes(List<byte[]> set, byte[] candidate) {
        for (byte[] member : set) {
            if (Arrays.equals(member, candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkKeyAttributesUntouched(Collection<String> keyAttributeNames) {
        for (DocumentPath path : updatedPaths) {
            if (keyAttributeNames.contains(path.attributeName())) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update attribute "
                        + path.attributeName() + ". This attribute is part of the key");
            }
        }
    }
}
