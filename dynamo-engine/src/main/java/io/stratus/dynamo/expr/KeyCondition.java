package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ast.ConditionNode;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved KeyConditionExpression whose shape DynamoDB accepts: conditions on distinct
 * top-level attributes joined by AND, each {@code =, <, <=, >, >=}, BETWEEN or begins_with with
 * the attribute on one side and values on the other. {@link #bind} checks it against a key schema.
 */
public final class KeyCondition {

    /** One condition on one attribute, the attribute on the left. */
    record Term(String attributeName, SortKeyCondition condition) {
    }

    private final Map<String, SortKeyCondition> conditions;

    private KeyCondition(Map<String, SortKeyCondition> conditions) {
        this.conditions = conditions;
    }

    /** The attribute names the expression puts conditions on, in written order. */
    public List<String> attributeNames() {
        return List.copyOf(conditions.keySet());
    }

    /**
     * Checks the conditions against a table's or index's key schema, in AWS's order, and returns
     * the range to read. {@code sortKey} is {@code null} for a partition-key-only schema; a
     * {@code null} type skips the type check for that key.
     */
    public KeyRange bind(String partitionKey, AttributeValue.Type partitionKeyType,
                         String sortKey, AttributeValue.Type sortKeyType) {
        if (sortKey == null && conditions.size() > 1) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        if (conditions.size() > 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        SortKeyCondition partition = conditions.get(partitionKey);
        if (partition == null) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + partitionKey);
        }
        requireType(partition, partitionKeyType);
        if (partition.operator() != SortKeyCondition.Operator.EQ) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        SortKeyCondition range = sortKey == null ? null : conditions.get(sortKey);
        if (range == null && conditions.size() > 1) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + sortKey);
        }
        if (range != null) {
            requireType(range, sortKeyType);
        }
        return new KeyRange(partition.value(), range);
    }

    private static void requireType(SortKeyCondition condition, AttributeValue.Type type) {
        if (type == null) {
            return;
        }
        if (condition.value().type() != type || (condition.upperBound() != null && condition.upperBound().type() != type)) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }

    /** Checks the shape of a bound-and-checked condition tree; texts as DynamoDB reports them (no prefix). */
    static KeyCondition of(ConditionNode root, Resolver resolver) {
        Map<String, SortKeyCondition> conditions = new LinkedHashMap<>();
        collect(root, resolver, conditions);
        return new KeyCondition(conditions);
    }

    private static void collect(ConditionNode node, Resolver resolver, Map<String, SortKeyCondition> out) {
        if (node instanceof ConditionNode.And and) {
            collect(and.left(), resolver, out);
            collect(and.right(), resolver, out);
            return;
        }
        if (node instanceof ConditionNode.Or) {
            throw invalidOperator("OR");
        }
        if (node instanceof ConditionNode.Not) {
            throw invalidOperator("NOT");
        }
        if (node instanceof ConditionNode.In) {
            throw invalidOperator("IN");
        }
        List<Operand> operands;
        SortKeyCondition.Operator operator;
        if (node instanceof ConditionNode.Comparison c) {
            operator = switch (c.comparator()) {
                case EQ -> SortKeyCondition.Operator.EQ;
                case LT -> SortKeyCondition.Operator.LT;
                case LE -> SortKeyCondition.Operator.LE;
                case GT -> SortKeyCondition.Operator.GT;
                case GE -> SortKeyCondition.Operator.GE;
                case NE -> throw invalidOperator("<>");
            };
            operands = List.of(c.left(), c.right());
        } else if (node instanceof ConditionNode.Between b) {
            if (!(b.value() instanceof Operand.Path)) {
                throw firstOperand("BETWEEN");
            }
            operator = SortKeyCondition.Operator.BETWEEN;
            operands = List.of(b.value(), b.lower(), b.upper());
        } else {
            Operand.Call call = ((ConditionNode.Function) node).call();
            if (!call.name().equals("begins_with")) {
                throw invalidOperator(call.name());
            }
            if (!(call.arguments().get(0) instanceof Operand.Path)) {
                throw firstOperand("begins_with");
            }
            operator = SortKeyCondition.Operator.BEGINS_WITH;
            operands = call.arguments();
        }
        String attribute = null;
        int attributeIndex = -1;
        List<AttributeValue> values = new ArrayList<>(2);
        for (int i = 0; i < operands.size(); i++) {
            Operand o = operands.get(i);
            if (o instanceof Operand.Call) {
                throw DynamoDbException.validation("KeyConditionExpressions cannot contain nested operations");
            }
            if (o instanceof Operand.Path path) {
                if (attribute != null) {
                    throw DynamoDbException.validation(
                            "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
                }
                DocumentPath resolved = resolver.path(path);
                if (!resolved.isTopLevel()) {
                    throw DynamoDbException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
                }
                attribute = resolved.attributeName();
                attributeIndex = i;
            } else {
                values.add(resolver.value(((Operand.Value) o).placeholder()));
            }
        }
        if (attribute == null) {
            throw DynamoDbException.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        if (out.containsKey(attribute)) {
            throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        if (attributeIndex != 0) {
            operator = switch (operator) {
                case LT -> SortKeyCondition.Operator.GT;
                case LE -> SortKeyCondition.Operator.GE;
                case GT -> SortKeyCondition.Operator.LT;
                case GE -> SortKeyCondition.Operator.LE;
                default -> operator;
            };
        }
        out.put(attribute, new SortKeyCondition(operator, values.get(0), values.size() > 1 ? values.get(1) : null));
    }

    private static DynamoDbException invalidOperator(String operator) {
        return DynamoDbException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static DynamoDbException firstOperand(String operator) {
        return DynamoDbException.validation("Invalid condition in KeyConditionExpression: " + operator
                + " operator must have the key attribute as its first operand");
    }
}
