package io.stratus.gateway.template.intrinsic;

import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.model.OutputDeclaration;
import io.stratus.gateway.template.model.ResourceDeclaration;
import io.stratus.gateway.template.model.TemplateDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check CloudFormation runs before evaluating anything: every {@code Ref}, {@code Fn::Sub} variable,
 * {@code Fn::GetAtt}, {@code DependsOn} and {@code Fn::If} must name something the template declares,
 * even in branches a condition will never take.
 */
public final class ReferenceValidator {

    private final TemplateDocument document;
    private final Set<String> extraResources;
    /** Unresolved name → path of its first use, for the section being walked. */
    private final Map<String, String> unresolved = new LinkedHashMap<>();

    private ReferenceValidator(TemplateDocument document, Set<String> extraResources) {
        this.document = document;
        this.extraResources = extraResources;
    }

    /**
     * Validates the references of {@code document}.
     *
     * @param extraResources logical ids that exist without being declared (resources SAM generates, such as
     *                       {@code ServerlessRestApi})
     * @throws TemplateException naming the first offending path and every unresolved name of that section
     */
    public static void validate(TemplateDocument document, Set<String> extraResources) {
        new ReferenceValidator(document, extraResources).run();
    }

    private void run() {
        for (Map.Entry<String, Object> e : document.conditions().entrySet()) {
            walk(e.getValue(), "Conditions." + e.getKey(), true);
        }
        if (!unresolved.isEmpty()) {
            throw TemplateException.at(unresolved.values().iterator().next(), "Template format error: Unresolved "
                    + "dependencies " + names() + ". Cannot reference resources in the Conditions block of the template");
        }
        for (ResourceDeclaration r : document.resources().values()) {
            for (String dependency : r.dependsOn()) {
                if (!isResource(dependency)) {
                    unresolved.putIfAbsent(dependency, "Resources." + r.logicalId() + ".DependsOn");
                }
            }
            walk(r.properties(), r.propertiesPath(), false);
        }
        failIfUnresolved("Resources");
        for (OutputDeclaration o : document.outputs().values()) {
            walk(o.value(), "Outputs." + o.name() + ".Value", false);
            if (o.exportName() != null) {
                walk(o.exportName(), "Outputs." + o.name() + ".Export.Name", false);
            }
        }
        failIfUnresolved("Outputs");
    }

    private void failIfUnresolved(String block) {
        if (!unresolved.isEmpty()) {
            throw TemplateException.at(unresolved.values().iterator().next(), "Template format error: Unresolved "
                    + "resource dependencies " + names() + " in the " + block + " block of the template");
        }
    }

    private String names() {
        return "[" + String.join(", ", unresolved.keySet()) + "]";
    }

    private void walk(Object node, String path, boolean conditionsBlock) {
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = String.valueOf(map.keySet().iterator().next());
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    // Paths name the property holding a function, as the resolver's messages do.
                    checkFunction(key, map.get(key), path, conditionsBlock);
                    walkArguments(map.get(key), path, conditionsBlock);
                    return;
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), conditionsBlock);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", conditionsBlock);
            }
        }
    }

    private void walkArguments(Object argument, String path, boolean conditionsBlock) {
        if (argument instanceof List<?> list) {
            list.forEach(item -> walk(item, path, conditionsBlock));
        } else {
            walk(argument, path, conditionsBlock);
        }
    }

    private void checkFunction(String key, Object argument, String path, boolean conditionsBlock) {
        switch (key) {
            case "Ref" -> {
                if (argument instanceof String name) {
                    require(name, path, conditionsBlock);
                }
            }
            case "Fn::GetAtt" -> {
                Object id = argument instanceof String dotted ? dotted.split("\\.", 2)[0]
                        : argument instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
                if (id instanceof String name && !name.isEmpty()) {
                    if (conditionsBlock) {
                        unresolved.putIfAbsent(name, path);
                    } else if (!isResource(name)) {
                        throw TemplateException.at(path, "Template error: instance of Fn::GetAtt references "
                                + "undefined resource " + name);
                    }
                }
            }
            case "Fn::Sub" -> checkSub(argument, path, conditionsBlock);
            case "Fn::If" -> {
                if (argument instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String name
                        && !document.conditions().containsKey(name)) {
                    throw TemplateException.at(path, "Template error: unresolved condition dependency " + name
                            + " in Fn::If");
                }
            }
            default -> { }
        }
    }

    private void checkSub(Object argument, String path, boolean conditionsBlock) {
        String template = null;
        Map<?, ?> variables = Map.of();
        if (argument instanceof String s) {
            template = s;
        } else if (argument instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String s) {
            template = s;
            if (list.size() > 1 && list.get(1) instanceof Map<?, ?> vars) {
                variables = vars;
            }
        }
        if (template == null) {
            return;
        }
        for (String name : SubstitutionString.parse(template).variables()) {
            if (variables.containsKey(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            if (dot > 0 && isResource(name.substring(0, dot)) && !conditionsBlock) {
                continue;
            }
            require(name, path, conditionsBlock);
        }
    }

    private void require(String name, String path, boolean conditionsBlock) {
        boolean known = PseudoParameters.NAMES.contains(name) || document.parameters().containsKey(name)
                || (!conditionsBlock && isResource(name));
        if (!known) {
            unresolved.putIfAbsent(name, path);
        }
    }

    private boolean isResource(String name) {
        return document.resources().containsKey(name) || extraResources.contains(name);
    }
}
