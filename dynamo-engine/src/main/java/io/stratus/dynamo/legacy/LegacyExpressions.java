package io.stratus.dynamo.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ExpressionContext;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one request's legacy parameters into expression text. Attribute names become
 * {@code #legacyN} placeholders (so reserved words and dots need no care) and values
 * {@code :legacyN}; {@link #context()} then binds them for the expression package. Checks and
 * texts follow AWS's legacy validation (as recorded by dynalite's tests). One per request.
 */
public final class LegacyExpressions {

    private static final String INVALID = "One or more parameter values were invalid: ";

    /** How many AttributeValueList entries each operator takes; {@code -1} means one or more. */
    private static final Map<String, Integer> ARGUMENTS = Map.ofEntries(
            Map.entry("NULL", 0), Map.entry("NOT_NULL", 0), Map.entry("EQ", 1), Map.entry("NE", 1),
            Map.entry("LE", 1), Map.entry("LT", 1), Map.entry("GE", 1), Map.entry("GT", 1),
            Map.entry("CONTAINS", 1), Map.entry("NOT_CONTAINS", 1), Map.entry("BEGINS_WITH", 1),
            Map.entry("IN", -1), Map.entry("BETWEEN", 2));

    private static final Set<AttributeValue.Type> SCALAR_KEYS =
            Set.of(AttributeValue.Type.S, AttributeValue.Type.N, AttributeValue.Type.B);
    private static final Set<AttributeValue.Type> CONTAINABLE = Set.of(AttributeValue.Type.S, AttributeValue.Type.N,
            AttributeValue.Type.B, AttributeValue.Type.NULL, AttributeValue.Type.BOOL);

    /** Operators a key condition can use: the ones a range read can serve. */
    private static final Set<String> KEY_OPERATORS = Set.of("EQ", "LE", "LT", "GE", "GT", "BEGINS_WITH", "BETWEEN");

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The condition text for {@code Expected}, or {@code null} when it is empty. */
    public String expected(JsonNode expected, String conditionalOperator) {
        List<String> terms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String attribute = e.getKey();
            JsonNode spec = e.getValue();
            JsonNode value = member(spec, "Value");
            JsonNode list = member(spec, "AttributeValueList");
            JsonNode exists = member(spec, "Exists");
            JsonNode operator = member(spec, "ComparisonOperator");
            if (list != null && value != null) {
                throw DynamoDbException.validation(INVALID
                        + "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
            }
            if (operator == null) {
                if (list != null) {
                    throw DynamoDbException.validation(INVALID
                            + "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
                }
                boolean mustExist = exists == null || exists.booleanValue();
                if (!mustExist && value != null) {
                    throw DynamoDbException.validation(INVALID
                            + "Value cannot be used when Exists is false for Attribute: " + attribute);
                }
                if (mustExist && value == null) {
                    throw DynamoDbException.validation(INVALID + "Value must be provided when Exists is "
                            + (exists == null ? "null" : "true") + " for Attribute: " + attribute);
                }
                String name = name(attribute);
                terms.add(mustExist ? name + " = " + value(AttributeValueJson.decode(value))
                        : "attribute_not_exists(" + name + ")");
            } else {
                if (exists != null) {
                    throw DynamoDbException.validation(INVALID
                            + "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
                }
                List<AttributeValue> arguments = value != null ? List.of(AttributeValueJson.decode(value)) : decode(list);
                terms.add(comparison(attribute, operator.textValue(), arguments));
            }
        }
        return join(terms, conditionalOperator);
    }

    /** The condition text for {@code QueryFilter} or {@code ScanFilter}, or {@code null} when it is empty. */
    public String filter(JsonNode conditions, String conditionalOperator) {
        List<String> terms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = conditions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode spec = e.getValue();
            terms.add(comparison(e.getKey(), spec.get("ComparisonOperator").textValue(),
                    decode(member(spec, "AttributeValueList"))));
        }
        return join(terms, conditionalOperator);
    }

    /** The KeyConditionExpression text for {@code KeyConditions}. */
    public String keyConditions(JsonNode keyConditions) {
        List<String> terms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = keyConditions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode spec = e.getValue();
            String operator = spec.get("ComparisonOperator").textValue();
            List<AttributeValue> arguments = decode(member(spec, "AttributeValueList"));
            checkArguments(operator, arguments);
            if (!KEY_OPERATORS.contains(operator)) {
                throw DynamoDbException.validation("Attempted conditional constraint is not an indexable operation");
            }
            terms.add(comparison(e.getKey(), operator, arguments));
        }
        if (terms.isEmpty()) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        return String.join(" AND ", terms);
    }

    /** The UpdateExpression text for {@code AttributeUpdates}, or {@code null} when it is empty. */
    public String attributeUpdates(JsonNode updates) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = updates.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String attribute = e.getKey();
            JsonNode actionNode = member(e.getValue(), "Action");
            JsonNode valueNode = member(e.getValue(), "Value");
            // An update without Action is a PUT: the API reference gives PUT as the default.
            String action = actionNode == null ? "PUT" : actionNode.textValue();
            AttributeValue value = valueNode == null ? null : AttributeValueJson.decode(valueNode);
            if (value == null && !action.equals("DELETE")) {
                throw DynamoDbException.validation(INVALID
                        + "Only DELETE action is allowed when no attribute value is specified");
            }
            String name = name(attribute);
            switch (action) {
                case "PUT" -> sets.add(name + " = " + value(value));
                case "DELETE" -> {
                    if (value == null) {
                        removes.add(name);
                    } else if (isSet(value)) {
                        deletes.add(name + " " + value(value));
                    } else {
                        throw DynamoDbException.validation(INVALID + "DELETE action with value is not supported for "
                                + "the type " + value.type().descriptor());
                    }
                }
                default -> {
                    if (value instanceof AttributeValue.L) {
                        // legacy ADD appends to a list, which only SET can express
                        String empty = value(new AttributeValue.L(List.of()));
                        sets.add(name + " = list_append(if_not_exists(" + name + ", " + empty + "), " + value(value) + ")");
                    } else if (value instanceof AttributeValue.N || isSet(value)) {
                        adds.add(name + " " + value(value));
                    } else {
                        throw DynamoDbException.validation(INVALID + "ADD action is not supported for the type "
                                + value.type().descriptor());
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        clause(text, "SET", sets, ", ");
        clause(text, "REMOVE", removes, ", ");
        clause(text, "ADD", adds, ", ");
        clause(text, "DELETE", deletes, ", ");
        return text.length() == 0 ? null : text.toString();
    }

    /** The expression context binding the generated placeholders. */
    public ExpressionContext context() {
        return new ExpressionContext(names.isEmpty() ? null : names, values.isEmpty() ? null : values);
    }

    private String comparison(String attribute, String operator, List<AttributeValue> arguments) {
        checkArguments(operator, arguments);
        String name = name(attribute);
        return switch (operator) {
            case "EQ" -> name + " = " + value(arguments.get(0));
            case "NE" -> name + " <> " + value(arguments.get(0));
            case "LE" -> name + " <= " + value(arguments.get(0));
            case "LT" -> name + " < " + value(arguments.get(0));
            case "GE" -> name + " >= " + value(arguments.get(0));
            case "GT" -> name + " > " + value(arguments.get(0));
            case "NOT_NULL" -> "attribute_exists(" + name + ")";
            case "NULL" -> "attribute_not_exists(" + name + ")";
            case "CONTAINS" -> "contains(" + name + ", " + value(arguments.get(0)) + ")";
            // legacy NOT_CONTAINS is false for a missing attribute, unlike NOT contains(...)
            case "NOT_CONTAINS" -> "attribute_exists(" + name + ") AND NOT contains(" + name + ", "
                    + value(arguments.get(0)) + ")";
            case "BEGINS_WITH" -> "begins_with(" + name + ", " + value(arguments.get(0)) + ")";
            case "BETWEEN" -> name + " BETWEEN " + value(arguments.get(0)) + " AND " + value(arguments.get(1));
            case "IN" -> {
                List<String> placeholders = new ArrayList<>();
                for (AttributeValue v : arguments) {
                    placeholders.add(value(v));
                }
                yield name + " IN (" + String.join(", ", placeholders) + ")";
            }
            default -> throw new IllegalStateException("unhandled operator " + operator);
        };
    }

    private static void checkArguments(String operator, List<AttributeValue> arguments) {
        int expected = ARGUMENTS.get(operator);
        if (expected == -1 ? arguments.isEmpty() : arguments.size() != expected) {
            throw DynamoDbException.validation(INVALID + "Invalid number of argument(s) for the " + operator
                    + " ComparisonOperator");
        }
        Set<AttributeValue.Type> allowed = switch (operator) {
            case "LE", "LT", "GE", "GT", "IN", "BETWEEN" -> SCALAR_KEYS;
            case "BEGINS_WITH" -> Set.of(AttributeValue.Type.S, AttributeValue.Type.B);
            case "CONTAINS", "NOT_CONTAINS" -> CONTAINABLE;
            default -> null;
        };
        if (allowed != null) {
            for (AttributeValue v : arguments) {
                if (!allowed.contains(v.type())) {
                    throw DynamoDbException.validation(INVALID + "ComparisonOperator " + operator + " is not valid for "
                            + v.type().descriptor() + " AttributeValue type");
                }
            }
        }
    }

    private String name(String attribute) {
        String placeholder = "#legacy" + names.size();
        names.put(placeholder, attribute);
        return placeholder;
    }

    private String value(AttributeValue value) {
        String placeholder = ":legacy" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    private static List<AttributeValue> decode(JsonNode list) {
        List<AttributeValue> decoded = new ArrayList<>();
        if (list != null) {
            for (JsonNode v : list) {
                decoded.add(AttributeValueJson.decode(v));
            }
        }
        return decoded;
    }

    private static boolean isSet(AttributeValue value) {
        return value instanceof AttributeValue.SS || value instanceof AttributeValue.NS || value instanceof AttributeValue.BS;
    }

    private static String join(List<String> terms, String conditionalOperator) {
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        String glue = "OR".equals(conditionalOperator) ? " OR " : " AND ";
        List<String> wrapped = new ArrayList<>(terms.size());
        for (String term : terms) {
            wrapped.add("(" + term + ")");
        }
        return String.join(glue, wrapped);
    }

    private static void clause(StringBuilder text, String keyword, List<String> actions, String separator) {
        if (!actions.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(keyword).append(' ').append(String.join(separator, actions));
        }
    }

    private static JsonNode member(JsonNode node, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v == null || v.isNull() ? null : v;
    }
}
