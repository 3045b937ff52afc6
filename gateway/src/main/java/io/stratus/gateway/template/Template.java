package io.stratus.gateway.template;

import java.util.List;
import java.util.Map;

/**
 * A loaded template: the stack it stands for, its resolved outputs, the DynamoDB tables to create and
 * every notice about what Stratus did not apply.
 *
 * @param stackName the stack name used for {@code AWS::StackName} and generated physical names
 * @param region    the region used for {@code AWS::Region} and ARNs
 * @param outputs   output name → resolved value, in template order; outputs whose condition is false are absent
 * @param tables    the tables to create, in template order
 * @param notices   human-readable notes on everything that was ignored or only partly applied
 */
public record Template(String stackName, String region, Map<String, Object> outputs,
                       List<TableDefinition> tables, List<String> notices) {

    /** Copies the collections so the record stays immutable. */
    public Template {
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        tables = List.copyOf(tables);
        notices = List.copyOf(notices);
    }
}
