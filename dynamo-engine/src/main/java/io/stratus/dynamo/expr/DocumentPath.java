package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved document path such as {@code a.b[3].c}: the first element is always a
 * {@link PathElement.Name}. Reads and copy-on-write edits of immutable items.
 */
public record DocumentPath(List<PathElement> elements) {

    static final String INVALID_FOR_UPDATE = "The document path provided in the update expression is invalid for update";

    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof PathElement.Name)) {
            throw new IllegalArgumentException("a document path starts with an attribute name: " + elements);
        }
    }

    /** A one-element path naming a top-level attribute. */
    public static DocumentPath of(String attributeName) {
        return new DocumentPath(List.of(new PathElement.Name(attributeName)));
    }

    /** The top-level attribute this path starts at. */
    public String attributeName() {
        return ((PathElement.Name) elements.get(0)).name();
    }

    /** Whether this path names a top-level attribute. */
    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** The value at this path in {@code item}, or {@code null} when any step is missing or of the wrong type. */
    public AttributeValue get(Map<String, AttributeValue> item) {
        AttributeValue current = item.get(attributeName());
        for (int i = 1; i < elements.size() && current != null; i++) {
            current = step(current, elements.get(i));
        }
        return current;
    }

    /** The value at this path below {@code root}, starting with element {@code from}; {@code null} if absent. */
    static AttributeValue step(AttributeValue current, PathElement element) {
        if (element instanceof PathElement.Name name) {
            return current instanceof AttributeValue.M m ? m.value().get(name.name()) : null;
        }
        int index = ((PathElement.Index) element).index();
        return current instanceof AttributeValue.L l && index < l.value().size() ? l.value().get(index) : null;
    }

    /**
     * A copy of {@code item} with {@code value} at this path. A list index past the end appends, as
     * DynamoDB does; a missing or mistyped intermediate step is AWS's "invalid for update" error.
     */
    public Map<String, AttributeValue> set(Map<String, AttributeValue> item, AttributeValue value) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        if (isTopLevel()) {
            copy.put(attributeName(), value);
            return copy;
        }
        AttributeValue top = item.get(attributeName());
        if (top == null) {
            throw DynamoDbException.validation(INVALID_FOR_UPDATE);
        }
        copy.put(attributeName(), setBelow(top, 1, value));
        return copy;
    }

    private AttributeValue setBelow(AttributeValue container, int i, AttributeValue value) {
        PathElement element = elements.get(i);
        boolean last = i == elements.size() - 1;
        if (element instanceof PathElement.Name name && container instanceof AttributeValue.M m) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>(m.value());
            if (last) {
                entries.put(name.name(), value);
            } else {
                AttributeValue child = entries.get(name.name());
                if (child == null) {
                    throw DynamoDbException.validation(INVALID_FOR_UPDATE);
                }
                entries.put(name.name(), setBelow(child, i + 1, value));
            }
            return new AttributeValue.M(entries);
        }
        if (element instanceof PathElement.Index index && container instanceof AttributeValue.L l) {
            List<AttributeValue> list = new ArrayList<>(l.value());
            int at = index.index();
            if (last) {
                if (at < list.size()) {
                    list.set(at, value);
                } else {
                    list.add(value);
                }
            } else {
                if (at >= list.size()) {
                    throw DynamoDbException.validation(INVALID_FOR_UPDATE);
                }
                list.set(at, setBelow(list.get(at), i + 1, value));
            }
            return new AttributeValue.L(list);
        }
        throw DynamoDbException.validation(INVALID_FOR_UPDATE);
    }

    /**
     * A copy of {@code item} without the value at this path. Removing something absent is a no-op;
     * a path through a value of the wrong type is AWS's "invalid for update" error.
     */
    public Map<String, AttributeValue> remove(Map<String, AttributeValue> item) {
        if (isTopLevel()) {
            if (!item.containsKey(attributeName())) {
                return item;
            }
            Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
            copy.remove(attributeName());
            return copy;
        }
        AttributeValue top = item.get(attributeName());
        if (top == null) {
            return item;
        }
        AttributeValue replaced = removeBelow(top, 1);
        if (replaced == top) {
            return item;
        }
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        copy.put(attributeName(), replaced);
        return copy;
    }

    private AttributeValue removeBelow(AttributeValue container, int i) {
        PathElement element = elements.get(i);
        boolean last = i == elements.size() - 1;
        if (element instanceof PathElement.Name name && container instanceof AttributeValue.M m) {
            AttributeValue child = m.value().get(name.name());
            if (child == null) {
                return container;
            }
            Map<String, AttributeValue> entries = new LinkedHashMap<>(m.value());
            if (last) {
                entries.remove(name.name());
            } else {
                AttributeValue replaced = removeBelow(child, i + 1);
                if (replaced == child) {
                    return container;
                }
                entries.put(name.name(), replaced);
            }
            return new AttributeValue.M(entries);
        }
        if (element instanceof PathElement.Index index && container instanceof AttributeValue.L l) {
            int at = index.index();
            if (at >= l.value().size()) {
                return container;
            }
            List<AttributeValue> list = new ArrayList<>(l.value());
            if (last) {
                list.remove(at);
            } else {
                AttributeValue replaced = removeBelow(list.get(at), i + 1);
                if (replaced == list.get(at)) {
                    return container;
                }
                list.set(at, replaced);
            }
            return new AttributeValue.L(list);
        }
        throw DynamoDbException.validation(INVALID_FOR_UPDATE);
    }

    /** Whether {@code other} starts with all of this path's elements (a path is a prefix of itself). */
    public boolean isPrefixOf(DocumentPath other) {
        return other.elements.size() >= elements.size() && other.elements.subList(0, elements.size()).equals(elements);
    }

    /** The path as AWS prints it in path-overlap errors: {@code [a, b, [3]]}. */
    String toErrorString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(elements.get(i));
        }
        return sb.append(']').toString();
    }

    /** The path in expression syntax, e.g. {@code a.b[3]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(attributeName());
        for (int i = 1; i < elements.size(); i++) {
            PathElement e = elements.get(i);
            if (e instanceof PathElement.Name) {
                sb.append('.');
            }
            sb.append(e);
        }
        return sb.toString();
    }
}
