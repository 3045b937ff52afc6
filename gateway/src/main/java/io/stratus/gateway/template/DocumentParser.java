package io.stratus.gateway.template;

import io.stratus.gateway.template.model.Globals;
import io.stratus.gateway.template.model.OutputDeclaration;
import io.stratus.gateway.template.model.ParameterDeclaration;
import io.stratus.gateway.template.model.ResourceDeclaration;
import io.stratus.gateway.template.model.TemplateDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a template's structure the way CloudFormation's "Template format error" validation does and
 * turns the plain tree into a {@link TemplateDocument}. Nothing is resolved here.
 */
final class DocumentParser {

    private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks");
    private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("Type", "Properties", "Condition", "DependsOn",
            "Metadata", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy", "Version");
    private static final Set<String> PARAMETER_PROPERTIES = Set.of("Type", "Default", "AllowedValues",
            "AllowedPattern", "MinLength", "MaxLength", "MinValue", "MaxValue", "ConstraintDescription",
            "Description", "NoEcho");
    private static final Set<String> OUTPUT_PROPERTIES = Set.of("Value", "Description", "Export", "Condition");
    private static final Set<String> PLAIN_PARAMETER_TYPES = Set.of("String", "Number", "List<Number>",
            "CommaDelimitedList");
    private static final Pattern AWS_PARAMETER_TYPE = Pattern.compile(
            "(List<)?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+(::[A-Za-z0-9]+)*>?|AWS::SSM::Parameter::(Name|Value<.+>)");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

    private DocumentParser() {
    }

    /** Declares the template in {@code root}, read from {@code sourceName}. */
    static TemplateDocument parse(Map<String, Object> root, String sourceName) {
        List<String> transforms = transforms(root.get("Transform"));
        boolean sam = transforms.contains(TemplateDocument.SAM_TRANSFORM);
        List<String> invalid = new ArrayList<>();
        for (String key : root.keySet()) {
            if (!SECTIONS.contains(key) && !(sam && key.equals("Globals"))) {
                invalid.add(key);
            }
        }
        if (!invalid.isEmpty()) {
            throw new TemplateException("Template format error: Invalid template property or properties "
                    + bracketed(invalid));
        }
        Object version = root.get("AWSTemplateFormatVersion");
        if (version != null && !"2010-09-09".equals(String.valueOf(version))) {
            throw TemplateException.at("AWSTemplateFormatVersion",
                    "Template format error: Unsupported template version " + version + " (the only version is 2010-09-09)");
        }
        Object description = root.get("Description");
        return new TemplateDocument(sourceName, description == null ? null : String.valueOf(description), transforms,
                parameters(section(root, "Parameters")), section(root, "Mappings"), section(root, "Conditions"),
                resources(root), outputs(section(root, "Outputs")), globals(section(root, "Globals")));
    }

    private static List<String> transforms(Object transform) {
        List<String> names = new ArrayList<>();
        if (transform instanceof List<?> list) {
            for (Object item : list) {
                names.add(transformName(item));
            }
        } else if (transform != null) {
            names.add(transformName(transform));
        }
        return names;
    }

    private static String transformName(Object transform) {
        // AWS::Include and macros with parameters are written as {Name: ..., Parameters: ...}.
        if (transform instanceof Map<?, ?> map && map.get("Name") != null) {
            return String.valueOf(map.get("Name"));
        }
        if (transform instanceof String name) {
            return name;
        }
        throw TemplateException.at("Transform", "Template format error: every Transform must be a name or a "
                + "mapping with a Name");
    }

    private static Map<String, Object> section(Map<String, Object> root, String name) {
        Object value = root.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw TemplateException.at(name, "Template format error: " + name + " must be a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private static Map<String, Object> member(String path, String kind, Object value) {
        if (!(value instanceof Map)) {
            throw TemplateException.at(path, "Template format error: Every " + kind + " member must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private static Map<String, ParameterDeclaration> parameters(Map<String, Object> section) {
        Map<String, ParameterDeclaration> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String name = e.getKey();
            String path = "Parameters." + name;
            if (!ALPHANUMERIC.matcher(name).matches()) {
                throw TemplateException.at(path, "Template format error: Parameter name " + name
                        + " is non alphanumeric.");
            }
            Map<String, Object> p = member(path, "Parameters", e.getValue());
            for (String key : p.keySet()) {
                if (!PARAMETER_PROPERTIES.contains(key)) {
                    throw TemplateException.at(path, "Template format error: Invalid template parameter property '"
                            + key + "'");
                }
            }
            Object type = p.get("Type");
            if (!(type instanceof String typeName)) {
                throw TemplateException.at(path, "Template format error: Every Parameters object must contain a "
                        + "Type member.");
            }
            if (!PLAIN_PARAMETER_TYPES.contains(typeName) && !AWS_PARAMETER_TYPE.matcher(typeName).matches()) {
                throw TemplateException.at(path + ".Type", "Template format error: Unrecognized parameter type: "
                        + typeName);
            }
            parameters.put(name, new ParameterDeclaration(name, typeName, defaultValue(p.get("Default")),
                    strings(p.get("AllowedValues"), path + ".AllowedValues"), text(p.get("AllowedPattern")),
                    integer(p.get("MinLength"), path + ".MinLength"), integer(p.get("MaxLength"), path + ".MaxLength"),
                    decimal(p.get("MinValue"), path + ".MinValue"), decimal(p.get("MaxValue"), path + ".MaxValue"),
                    text(p.get("ConstraintDescription")), Boolean.parseBoolean(String.valueOf(p.get("NoEcho")))));
        }
        return parameters;
    }

    private static String defaultValue(Object value) {
        if (value instanceof List<?> list) {
            // CloudFormation wants a comma-delimited string; a YAML list is the obvious thing people write.
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(scalar(item)));
            return String.join(",", items);
        }
        return value == null ? null : scalar(value);
    }

    private static String text(Object value) {
        return value == null ? null : scalar(value);
    }

    static String scalar(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static List<String> strings(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw TemplateException.at(path, "Template format error: AllowedValues must be a list");
        }
        List<String> result = new ArrayList<>();
        list.forEach(item -> result.add(scalar(item)));
        return result;
    }

    private static Integer integer(Object value, String path) {
        BigDecimal number = decimal(value, path);
        return number == null ? null : number.intValueExact();
    }

    private static BigDecimal decimal(Object value, String path) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(scalar(value));
        } catch (NumberFormatException | ArithmeticException e) {
            throw TemplateException.at(path, "Template format error: " + value + " is not a number");
        }
    }

    private static Map<String, ResourceDeclaration> resources(Map<String, Object> root) {
        Map<String, Object> section = section(root, "Resources");
        if (section.isEmpty()) {
            throw new TemplateException("Template format error: At least one Resources member must be defined.");
        }
        Map<String, ResourceDeclaration> resources = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String id = e.getKey();
            String path = "Resources." + id;
            if (!ALPHANUMERIC.matcher(id).matches()) {
                throw TemplateException.at(path, "Template format error: Resource name " + id + " is non alphanumeric.");
            }
            Map<String, Object> r = member(path, "Resources", e.getValue());
            for (String key : r.keySet()) {
                if (!RESOURCE_ATTRIBUTES.contains(key)) {
                    throw TemplateException.at(path, "Template format error: Invalid template resource property '"
                            + key + "'");
                }
            }
            if (!(r.get("Type") instanceof String type) || type.isEmpty()) {
                throw TemplateException.at(path, "Template format error: Every Resources object must contain a "
                        + "Type member.");
            }
            Map<String, Object> properties = r.get("Properties") == null ? Map.of()
                    : member(path + ".Properties", "Properties", r.get("Properties"));
            Map<String, Object> metadata = r.get("Metadata") == null ? Map.of()
                    : member(path + ".Metadata", "Metadata", r.get("Metadata"));
            resources.put(id, new ResourceDeclaration(id, type, properties, condition(r.get("Condition"), path),
                    dependsOn(r.get("DependsOn"), path), metadata));
        }
        return resources;
    }

    private static String condition(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String name)) {
            throw TemplateException.at(path + ".Condition", "Template format error: Every Condition member must be "
                    + "a string.");
        }
        return name;
    }

    private static List<String> dependsOn(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String name) {
            return List.of(name);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw TemplateException.at(path + ".DependsOn", "Template format error: DependsOn must be a string or "
                + "a list of strings");
    }

    private static Map<String, OutputDeclaration> outputs(Map<String, Object> section) {
        Map<String, OutputDeclaration> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String path = "Outputs." + e.getKey();
            Map<String, Object> o = member(path, "Outputs", e.getValue());
            for (String key : o.keySet()) {
                if (!OUTPUT_PROPERTIES.contains(key)) {
                    throw TemplateException.at(path, "Template format error: Invalid output property '" + key + "'");
                }
            }
            if (!o.containsKey("Value") || o.get("Value") == null) {
                throw TemplateException.at(path, "Template format error: Every Outputs member must contain a "
                        + "Value object");
            }
            Object export = o.get("Export");
            Object exportName = export instanceof Map<?, ?> map ? map.get("Name") : null;
            outputs.put(e.getKey(), new OutputDeclaration(e.getKey(), o.get("Value"), text(o.get("Description")),
                    condition(o.get("Condition"), path), exportName));
        }
        return outputs;
    }

    private static Globals globals(Map<String, Object> section) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section.entrySet()) {
            if (!Globals.SECTIONS.contains(e.getKey())) {
                throw TemplateException.at("Globals." + e.getKey(), "'Globals' section is invalid. '" + e.getKey()
                        + "' is not a supported resource type in the Globals section. Must be one of "
                        + Globals.SECTIONS);
            }
            sections.put(e.getKey(), member("Globals." + e.getKey(), "Globals", e.getValue()));
        }
        return new Globals(sections);
    }

    static String bracketed(List<String> names) {
        return "[" + String.join(", ", names) + "]";
    }
}
