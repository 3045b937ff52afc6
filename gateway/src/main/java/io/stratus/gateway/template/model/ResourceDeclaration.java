package io.stratus.gateway.template.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of the template's {@code Resources} section, with its properties still unresolved.
 *
 * @param logicalId  the logical id
 * @param type       the resource type, e.g. {@code AWS::DynamoDB::Table}
 * @param properties {@code Properties} as a plain tree with long-form intrinsic functions; empty when absent
 * @param condition  the name of the {@code Condition} that gates the resource, or {@code null}
 * @param dependsOn  {@code DependsOn}, always as a list
 * @param metadata   {@code Metadata}; empty when absent
 */
public record ResourceDeclaration(String logicalId, String type, Map<String, Object> properties, String condition,
                                  List<String> dependsOn, Map<String, Object> metadata) {

    /** Copies the collections shallowly; the reader already made the nested trees unmodifiable. */
    public ResourceDeclaration {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        dependsOn = List.copyOf(dependsOn);
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** The path of this resource's properties in messages, e.g. {@code Resources.Orders.Properties}. */
    public String propertiesPath() {
        return "Resources." + logicalId + ".Properties";
    }
}
