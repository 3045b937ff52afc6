package io.stratus.dynamo.expr;

import io.stratus.dynamo.expr.ast.ConditionTree;
import io.stratus.dynamo.expr.ast.ProjectionTree;
import io.stratus.dynamo.expr.ast.UpdateTree;
import io.stratus.dynamo.expr.parse.ExpressionParser;
import io.stratus.dynamo.expr.parse.ExpressionSyntaxException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed expression trees by text, shared by all requests. Syntax errors are cached too, so a
 * client retrying a bad expression costs one map lookup.
 *
 * <p>Bounded without a global lock: when a map outgrows its bound, arbitrary entries are dropped
 * until it fits again. Applications use a handful of distinct expressions, so the bound only
 * protects against clients that inline values into expression text.
 */
final class ExpressionCache {

    /** Entries kept per expression kind; ample for real applications, small in memory. */
    static final int MAX_ENTRIES = 4096;

    private static final ConcurrentHashMap<String, Object> CONDITIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Object> PROJECTIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Object> UPDATES = new ConcurrentHashMap<>();

    private ExpressionCache() {
    }

    /** The condition tree for {@code text}; throws the (cached) syntax error if it does not parse. */
    static ConditionTree condition(String text) {
        return (ConditionTree) lookup(CONDITIONS, text, ExpressionParser::parseCondition);
    }

    /** The projection tree for {@code text}; throws the (cached) syntax error if it does not parse. */
    static ProjectionTree projection(String text) {
        return (ProjectionTree) lookup(PROJECTIONS, text, ExpressionParser::parseProjection);
    }

    /** The update tree for {@code text}; throws the (cached) syntax error if it does not parse. */
    static UpdateTree update(String text) {
        return (UpdateTree) lookup(UPDATES, text, ExpressionParser::parseUpdate);
    }

    /** Entries held over all kinds (for tests of the bound). */
    static int size() {
        return CONDITIONS.size() + PROJECTIONS.size() + UPDATES.size();
    }

    private static Object lookup(ConcurrentHashMap<String, Object> cache, String text, Function<String, Object> parser) {
        Object parsed = cache.get(text);
        if (parsed == null) {
            try {
                parsed = parser.apply(text);
            } catch (ExpressionSyntaxException e) {
                parsed = e;
            }
            if (cache.size() >= MAX_ENTRIES) {
                evict(cache);
            }
            cache.putIfAbsent(text, parsed);
        }
        if (parsed instanceof ExpressionSyntaxException e) {
            throw e;
        }
        return parsed;
    }

    private static void evict(ConcurrentHashMap<String, Object> cache) {
        Iterator<String> keys = cache.keySet().iterator();
        int toDrop = MAX_ENTRIES / 4;
        while (keys.hasNext() && toDrop-- > 0) {
            keys.next();
            keys.remove();
        }
    }
}
