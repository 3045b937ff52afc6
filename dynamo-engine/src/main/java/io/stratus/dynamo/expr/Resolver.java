package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.expr.ast.PathStep;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Binds one request's ExpressionAttributeNames and ExpressionAttributeValues to parsed trees and
 * remembers which of them the request's expressions used.
 */
final class Resolver {

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    Resolver(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
    }

    /** The first bare attribute name in {@code path} that is a reserved word, or {@code null}. */
    static String reservedWordIn(Operand.Path path) {
        for (PathStep step : path.steps()) {
            if (step instanceof PathStep.Attribute a && ReservedWords.isReserved(a.name())) {
                return a.name();
            }
        }
        return null;
    }

    /** The first placeholder in {@code path} with no ExpressionAttributeNames entry, or {@code null}. */
    String undefinedNameIn(Operand.Path path) {
        for (PathStep step : path.steps()) {
            if (step instanceof PathStep.Placeholder p && !names.containsKey(p.placeholder())) {
                return p.placeholder();
            }
        }
        return null;
    }

    boolean isValueDefined(String placeholder) {
        return values.containsKey(placeholder);
    }

    /** The resolved path; its placeholders must be defined (check with {@link #undefinedNameIn} first). */
    DocumentPath path(Operand.Path path) {
        List<PathElement> elements = new ArrayList<>(path.steps().size());
        for (PathStep step : path.steps()) {
            if (step instanceof PathStep.Attribute a) {
                elements.add(new PathElement.Name(a.name()));
            } else if (step instanceof PathStep.Placeholder p) {
                usedNames.add(p.placeholder());
                elements.add(new PathElement.Name(names.get(p.placeholder())));
            } else {
                elements.add(new PathElement.Index(((PathStep.Index) step).index()));
            }
        }
        return new DocumentPath(elements);
    }

    /** The value bound to {@code placeholder}, which must be defined. */
    AttributeValue value(String placeholder) {
        usedValues.add(placeholder);
        return values.get(placeholder);
    }

    /** Throws AWS's error for the first unused name, then for the first unused value, in request order. */
    void verifyAllUsed() {
        String unusedNames = unused(names.keySet(), usedNames);
        if (unusedNames != null) {
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + unusedNames + "}");
        }
        String unusedValues = unused(values.keySet(), usedValues);
        if (unusedValues != null) {
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + unusedValues + "}");
        }
    }

    private static String unused(Set<String> provided, Set<String> used) {
        StringJoiner joiner = new StringJoiner(", ");
        boolean any = false;
        for (String key : provided) {
            if (!used.contains(key)) {
                joiner.add(key);
                any = true;
            }
        }
        return any ? joiner.toString() : null;
    }
}
