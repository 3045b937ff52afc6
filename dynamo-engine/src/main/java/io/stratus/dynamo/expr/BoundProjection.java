package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The evaluable form of a ProjectionExpression. */
record BoundProjection(List<DocumentPath> paths) implements Projection {

    BoundProjection {
        paths = List.copyOf(paths);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue value = path.get(item);
            if (value != null) {
                insert(root, path, value);
            }
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>(root.size() * 2);
        root.forEach((name, node) -> result.put(name, materialise(node)));
        return result;
    }

    // Intermediate nodes are mutable LinkedHashMap (map) and TreeMap<Integer, Object> (list, sparse
    // until materialised); leaves are AttributeValues. Paths never overlap, so a leaf is never
    // descended into.
    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, DocumentPath path, AttributeValue value) {
        List<PathElement> elements = path.elements();
        Object container = root;
        for (int i = 0; i < elements.size(); i++) {
            PathElement element = elements.get(i);
            boolean last = i == elements.size() - 1;
            Object next = last ? value
                    : elements.get(i + 1) instanceof PathElement.Name ? new LinkedHashMap<String, Object>()
                    : new TreeMap<Integer, Object>();
            if (element instanceof PathElement.Name name) {
                container = ((Map<String, Object>) container).computeIfAbsent(name.name(), k -> next);
            } else {
                container = ((TreeMap<Integer, Object>) container)
                        .computeIfAbsent(((PathElement.Index) element).index(), k -> next);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue materialise(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttributeValue> values = new ArrayList<>(list.size());
            for (Object element : list.values()) {
                values.add(materialise(element));
            }
            return new AttributeValue.L(values);
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, v) -> map.put(k, materialise(v)));
        return new AttributeValue.M(map);
    }
}
