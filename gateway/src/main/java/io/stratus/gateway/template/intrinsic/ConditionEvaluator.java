package io.stratus.gateway.template.intrinsic;

import io.stratus.gateway.template.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the {@code Conditions} section lazily, each condition once, and reports cycles between
 * conditions the way CloudFormation does.
 */
final class ConditionEvaluator {

    private final Map<String, Object> definitions;
    private final IntrinsicResolver resolver;
    private final Map<String, Boolean> results = new HashMap<>();
    private final Set<String> evaluating = new LinkedHashSet<>();

    ConditionEvaluator(Map<String, Object> definitions, IntrinsicResolver resolver) {
        this.definitions = definitions;
        this.resolver = resolver;
    }

    boolean isDefined(String name) {
        return definitions.containsKey(name);
    }

    /** The value of condition {@code name}; the caller has checked that it is defined. */
    boolean evaluate(String name) {
        Boolean known = results.get(name);
        if (known != null) {
            return known;
        }
        if (!evaluating.add(name)) {
            var cycle = new ArrayList<>(evaluating);
            throw TemplateException.at("Conditions." + name, "Template format error: Circular dependency between "
                    + "conditions: " + cycle.subList(cycle.indexOf(name), cycle.size()));
        }
        try {
            boolean value = resolver.conditionValue(definitions.get(name), "Conditions." + name);
            results.put(name, value);
            return value;
        } finally {
            evaluating.remove(name);
        }
    }
}
