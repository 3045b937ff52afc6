package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.expr.ast.ConditionNode;
import io.stratus.dynamo.expr.ast.ConditionTree;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.expr.ast.ProjectionTree;
import io.stratus.dynamo.expr.ast.UpdateTree;
import io.stratus.dynamo.expr.parse.ExpressionSyntaxException;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expressions of one request bound to its ExpressionAttributeNames and
 * ExpressionAttributeValues. Resolve every expression the request carries, in AWS's order
 * (UpdateExpression, ConditionExpression, KeyConditionExpression, FilterExpression,
 * ProjectionExpression), then call {@link #verifyAllUsed()}. Not thread-safe: one per request.
 */
public final class ExpressionContext {

    private final Resolver resolver;

    /**
     * Checks the maps as DynamoDB does before it looks at any expression: neither may be empty
     * and their keys must be {@code #name} / {@code :value} tokens. Either may be {@code null}
     * (absent from the request).
     */
    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        if (names != null) {
            if (names.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
            }
            for (String key : names.keySet()) {
                if (!isPlaceholder(key, '#')) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
                }
            }
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
            }
            for (String key : values.keySet()) {
                if (!isPlaceholder(key, ':')) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
                }
            }
        }
        this.resolver = new Resolver(names, values);
    }

    /**
     * Whether {@code key} is {@code prefix} followed by one or more of {@code [0-9a-zA-Z_]}: the
     * {@code #name} / {@code :value} token syntax, checked for every key of every request that
     * has these maps, so without a regex.
     */
    static boolean isPlaceholder(String key, char prefix) {
        if (key.length() < 2 || key.charAt(0) != prefix) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Resolves a ProjectionExpression. */
    public Projection projection(String text) {
        InvalidExpression invalid = new InvalidExpression("ProjectionExpression");
        ProjectionTree tree = parse(text, invalid, ExpressionCache::projection);
        for (Operand.Path path : tree.paths()) {
            String reserved = Resolver.reservedWordIn(path);
            if (reserved != null) {
                throw invalid.reservedWord(reserved);
            }
        }
        ConditionBinder.checkPlaceholders(List.copyOf(tree.paths()), resolver, invalid);
        List<DocumentPath> paths = new ArrayList<>(tree.paths().size());
        for (Operand.Path path : tree.paths()) {
            paths.add(resolver.path(path));
        }
        PathOverlap.check(paths, invalid);
        return new BoundProjection(paths);
    }

    /** Resolves a ConditionExpression or FilterExpression; {@code parameterName} names it in error messages. */
    public Condition condition(String text, String parameterName) {
        InvalidExpression invalid = new InvalidExpression(parameterName);
        return ConditionBinder.bind(parse(text, invalid, ExpressionCache::condition), resolver, invalid);
    }

    /**
     * The top-level attributes a condition (already resolved with {@link #condition}) reads: what
     * decides whether a filter on a local secondary index needs the table's items.
     */
    public Set<String> attributeNames(String conditionText) {
        Set<String> names = new LinkedHashSet<>();
        collect(ExpressionCache.condition(conditionText).root(), names);
        return names;
    }

    private void collect(ConditionNode node, Set<String> names) {
        if (node instanceof ConditionNode.Comparison c) {
            collect(c.left(), names);
            collect(c.right(), names);
        } else if (node instanceof ConditionNode.Between b) {
            collect(b.value(), names);
            collect(b.lower(), names);
            collect(b.upper(), names);
        } else if (node instanceof ConditionNode.In in) {
            collect(in.value(), names);
            in.candidates().forEach(o -> collect(o, names));
        } else if (node instanceof ConditionNode.Function f) {
            collect(f.call(), names);
        } else if (node instanceof ConditionNode.And and) {
            collect(and.left(), names);
            collect(and.right(), names);
        } else if (node instanceof ConditionNode.Or or) {
            collect(or.left(), names);
            collect(or.right(), names);
        } else if (node instanceof ConditionNode.Not not) {
            collect(not.operand(), names);
        }
    }

    private void collect(Operand operand, Set<String> names) {
        if (operand instanceof Operand.Path path) {
            names.add(resolver.path(path).attributeName());
        } else if (operand instanceof Operand.Call call) {
            call.arguments().forEach(o -> collect(o, names));
        } else if (operand instanceof Operand.Arithmetic arithmetic) {
            collect(arithmetic.left(), names);
            collect(arithmetic.right(), names);
        }
    }

    /** Resolves a KeyConditionExpression; {@link KeyCondition#bind} then checks it against the key schema. */
    public KeyCondition keyCondition(String text) {
        InvalidExpression invalid = new InvalidExpression("KeyConditionExpression");
        ConditionTree tree = parse(text, invalid, ExpressionCache::condition);
        ConditionBinder.bind(tree, resolver, invalid);
        return KeyCondition.of(tree.root(), resolver);
    }

    /** Resolves an UpdateExpression. */
    public Update update(String text) {
        InvalidExpression invalid = new InvalidExpression("UpdateExpression");
        return UpdateBinder.bind(parse(text, invalid, ExpressionCache::update), resolver, invalid);
    }

    /** After all of a request's expressions were resolved: rejects names or values none of them used. */
    public void verifyAllUsed() {
        resolver.verifyAllUsed();
    }

    private static <T> T parse(String text, InvalidExpression invalid, java.util.function.Function<String, T> parser) {
        if (text.isEmpty()) {
            throw invalid.error("The expression can not be empty;");
        }
        try {
            return parser.apply(text);
        } catch (ExpressionSyntaxException e) {
            throw invalid.error(e.getMessage());
        }
    }
}
