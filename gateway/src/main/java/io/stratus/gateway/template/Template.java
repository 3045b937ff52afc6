package io.stratus.gateway.template;

import java.util.List;
import java.util.Map;

/**
 * A loaded template: the stack it stands for, its resolved outputs, the DynamoDB tables to create, the Lambda
 * functions to serve and every notice about what Stratus did not apply.
 *
 * @param stackName the stack name used for {@code AWS::StackName} and generated physical names
 * @param region    the region used for {@code AWS::Region} and ARNs
 * @param outputs   output name → resolved value, in template order; outputs whose condition is false are absent
 * @param tables    the tables to create, in template order
 * @param notices   human-readable notes on everything that was ignored or only partly applied
 * @param functions the Lambda functions Stratus serves, in template order
 * @param apis      the REST and HTTP APIs Stratus serves, explicit ones in template order, then SAM's implicit ones
 */
public record Template(String stackName, String region, Map<String, Object> outputs,
                       List<TableDefinition> tables, List<String> notices, List<FunctionDefinition> functions,
                       List<ApiDefinition> apis) {

    /** Copies the collections so the record stays immutable. */
    public Template {
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        tables = List.copyOf(tables);
        notices = List.copyOf(notices);
        functions = List.copyOf(functions);
        apis = List.copyOf(apis);
    }
}
