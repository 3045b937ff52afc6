package io.stratus.gateway.template.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole template as declared, before resolution.
 *
 * @param sourceName    where the template came from (a file name), for messages
 * @param description   {@code Description}, or {@code null}
 * @param transforms    {@code Transform}, always as a list; empty when absent
 * @param parameters    {@code Parameters} by name, in template order
 * @param mappings      {@code Mappings} as a plain tree
 * @param conditions    {@code Conditions}: name → condition function, unresolved
 * @param resources     {@code Resources} by logical id, in template order
 * @param outputs       {@code Outputs} by name, in template order
 * @param globals       SAM {@code Globals}
 */
public record TemplateDocument(String sourceName, String description, List<String> transforms,
                               Map<String, ParameterDeclaration> parameters, Map<String, Object> mappings,
                               Map<String, Object> conditions, Map<String, ResourceDeclaration> resources,
                               Map<String, OutputDeclaration> outputs, Globals globals) {

    /** The transform that marks a SAM template. */
    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    /** Copies the collections so the record stays immutable and keeps template order. */
    public TemplateDocument {
        transforms = List.copyOf(transforms);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
        conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** Whether the template declares the SAM transform. */
    public boolean isSam() {
        return transforms.contains(SAM_TRANSFORM);
    }
}
