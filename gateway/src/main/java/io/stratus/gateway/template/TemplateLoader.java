package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import io.stratus.gateway.template.intrinsic.NoValue;
import io.stratus.gateway.template.intrinsic.ParameterBinder;
import io.stratus.gateway.template.intrinsic.ReferenceValidator;
import io.stratus.gateway.template.model.OutputDeclaration;
import io.stratus.gateway.template.model.ResourceDeclaration;
import io.stratus.gateway.template.model.StackIdentity;
import io.stratus.gateway.template.model.TemplateDocument;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a SAM or CloudFormation template (YAML or JSON, told apart by content) into a {@link Template}:
 * parameters bound, conditions evaluated, intrinsic functions resolved, DynamoDB tables turned into
 * CreateTable requests, and every part Stratus does not apply listed in the notices.
 */
public final class TemplateLoader {

    private static final Set<String> TABLE_TYPES = Set.of("AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable");
    private static final Set<String> FUNCTION_TYPES = Set.of(FunctionDefinitions.SAM_FUNCTION,
            FunctionDefinitions.LAMBDA_FUNCTION);
    /** APIs and other Lambda resources: Stratus will serve these, but not in this release. */
    private static final Set<String> NOT_SERVED_YET = Set.of(
            "AWS::Lambda::Url", "AWS::Lambda::EventSourceMapping", "AWS::Lambda::LayerVersion",
            "AWS::Serverless::LayerVersion");

    private TemplateLoader() {
    }

    /** Loads the template file at {@code template} as the default stack ({@link StackIdentity#DEFAULT}). */
    public static Template load(Path template, Map<String, String> parameterOverrides) {
        return load(template, parameterOverrides, StackIdentity.DEFAULT);
    }

    /** Loads the template file at {@code template} as {@code stack}. */
    public static Template load(Path template, Map<String, String> parameterOverrides, StackIdentity stack) {
        String text;
        try {
            text = Files.readString(template);
        } catch (NoSuchFileException e) {
            throw new TemplateException("Template file not found: " + template.toAbsolutePath().normalize(), e);
        } catch (MalformedInputException e) {
            throw new TemplateException("Template file " + template + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new TemplateException("Cannot read template file " + template + ": " + e.getMessage(), e);
        }
        Path name = template.getFileName();
        Path directory = template.toAbsolutePath().normalize().getParent();
        return parse(text, name == null ? template.toString() : name.toString(), parameterOverrides, stack, directory);
    }

    /** Parses template {@code text}, named {@code sourceName} in messages, as the default stack. */
    public static Template parse(String text, String sourceName, Map<String, String> parameterOverrides) {
        return parse(text, sourceName, parameterOverrides, StackIdentity.DEFAULT);
    }

    /** Parses template {@code text}, named {@code sourceName} in messages, as {@code stack}. */
    public static Template parse(String text, String sourceName, Map<String, String> parameterOverrides,
                                 StackIdentity stack) {
        return parse(text, sourceName, parameterOverrides, stack, Path.of("").toAbsolutePath());
    }

    /** Parses template {@code text} whose relative code paths ({@code CodeUri}) start at {@code baseDir}. */
    private static Template parse(String text, String sourceName, Map<String, String> parameterOverrides,
                                  StackIdentity stack, Path baseDir) {
        Map<String, Object> root = TemplateReader.read(text, sourceName);
        TemplateDocument document = DocumentParser.parse(root, sourceName);
        return new Run(document, stack, root, baseDir).load(parameterOverrides);
    }

    /** One load: the state shared by its steps. */
    private static final class Run {
        private final TemplateDocument document;
        private final StackIdentity stack;
        private final Map<String, Object> root;
        private final ResourceCatalog catalog;
        private final Set<String> notices = new LinkedHashSet<>();
        private final Path baseDir;

        Run(TemplateDocument document, StackIdentity stack, Map<String, Object> root, Path baseDir) {
            this.document = document;
            this.stack = stack;
            this.root = root;
            this.baseDir = baseDir;
            this.catalog = new ResourceCatalog(document, stack);
        }

        Template load(Map<String, String> overrides) {
            checkResourceTypes();
            ReferenceValidator.validate(document, catalog.implicitTypes().keySet());
            Map<String, Object> parameters = ParameterBinder.bind(document.parameters(), overrides, notices::add);
            IntrinsicResolver resolver = new IntrinsicResolver(stack, parameters, document.mappings(),
                    document.conditions(), catalog, notices::add);
            // CloudFormation evaluates every condition, used or not, so a broken one fails the template.
            for (String name : document.conditions().keySet()) {
                resolver.condition(name, "Conditions." + name);
            }
            noteSections();
            List<TableDefinition> tables = new ArrayList<>();
            List<FunctionDefinition> functions = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<String> notServed = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (ResourceDeclaration r : document.resources().values()) {
                String id = r.logicalId();
                if (r.condition() != null && !resolver.condition(r.condition(), "Resources." + id + ".Condition")) {
                    skipped.add(id + " (" + r.condition() + ")");
                } else if (TABLE_TYPES.contains(r.type())) {
                    tables.add(table(r, resolver));
                } else if (FUNCTION_TYPES.contains(r.type())) {
                    function(r, resolver).ifPresent(functions::add);
                } else if (ApiResources.TYPES.contains(r.type())) {
                    continue;  // read as a whole by ApiResources below
                } else if (NOT_SERVED_YET.contains(r.type())) {
                    notServed.add(id + " (" + r.type() + ")");
                } else {
                    ignored.add(id + " (" + r.type() + ")");
                }
            }
            Map<String, Object> outputs = outputs(resolver);
            if (!skipped.isEmpty()) {
                notices.add("Skipped resources whose condition is false: " + String.join(", ", skipped));
            }
            if (!notServed.isEmpty()) {
                notices.add("Not served yet (functions and APIs arrive in a later Stratus release): "
                        + String.join(", ", notServed));
            }
            if (!ignored.isEmpty()) {
                notices.add("Ignored resources (Stratus does not emulate these types): " + String.join(", ", ignored));
            }
            List<ApiDefinition> apis = ApiResources.read(document, catalog, resolver, notices::add);
            return new Template(stack.stackName(), stack.region(), outputs, tables, new ArrayList<>(notices),
                    functions, apis);
        }

        // Without the SAM transform CloudFormation knows no AWS::Serverless:: types.
        private void checkResourceTypes() {
            if (document.isSam()) {
                return;
            }
            List<String> unknown = new ArrayList<>();
            String first = null;
            for (ResourceDeclaration r : document.resources().values()) {
                if (r.type().startsWith("AWS::Serverless::") && !unknown.contains(r.type())) {
                    unknown.add(r.type());
                    first = first == null ? "Resources." + r.logicalId() + ".Type" : first;
                }
            }
            if (!unknown.isEmpty()) {
                throw TemplateException.at(first, "Template format error: Unrecognized resource types: " + unknown
                        + " (add Transform: " + TemplateDocument.SAM_TRANSFORM + " for SAM resource types)");
            }
        }

        private void noteSections() {
            for (String transform : document.transforms()) {
                if (!transform.equals(TemplateDocument.SAM_TRANSFORM)) {
                    notices.add("Transform " + transform + " is not applied; Stratus understands only "
                            + TemplateDocument.SAM_TRANSFORM);
                }
            }
            List<String> laterGlobals = new ArrayList<>();
            for (String section : document.globals().sections().keySet()) {
                if (!section.equals("SimpleTable") && !section.equals("Function")
                        && !ApiResources.GLOBALS.contains(section)) {
                    laterGlobals.add(section);
                }
            }
            if (!laterGlobals.isEmpty()) {
                notices.add("Globals " + String.join(", ", laterGlobals) + " are not applied yet (functions and APIs "
                        + "arrive in a later Stratus release)");
            }
            if (root.containsKey("Rules")) {
                notices.add("Rules are not checked; Stratus validates parameters only against their own constraints");
            }
            if (root.containsKey("Hooks")) {
                notices.add("Hooks are not run");
            }
        }

        private TableDefinition table(ResourceDeclaration r, IntrinsicResolver resolver) {
            String tableName = catalog.physicalName(r.logicalId(), r.type(), resolver);
            Map<String, Object> properties = properties(r, resolver);
            if (r.type().equals("AWS::DynamoDB::Table")) {
                return new TableDefinition(r.logicalId(), tableName,
                        TableRequests.dynamoDbTable(r.logicalId(), tableName, properties, notices::add));
            }
            Object globals = resolver.resolve(document.globals().section("SimpleTable"), "Globals.SimpleTable");
            return new TableDefinition(r.logicalId(), tableName, TableRequests.simpleTable(r.logicalId(), tableName,
                    properties, asMap(globals), notices::add));
        }

        private java.util.Optional<FunctionDefinition> function(ResourceDeclaration r, IntrinsicResolver resolver) {
            String functionName = catalog.physicalName(r.logicalId(), r.type(), resolver);
            // Events are the API part's to resolve; resolving them here would report their notices twice.
            Map<String, Object> declared = new LinkedHashMap<>(r.properties());
            declared.remove("Events");
            Map<String, Object> properties = asMap(resolver.resolve(declared, r.propertiesPath()));
            if (r.type().equals(FunctionDefinitions.SAM_FUNCTION)) {
                Map<String, Object> globals = asMap(resolver.resolve(document.globals().section("Function"),
                        "Globals.Function"));
                properties = FunctionDefinitions.mergeGlobals(globals, properties);
            }
            return FunctionDefinitions.define(r, functionName, properties, baseDir, notices::add);
        }

        private static Map<String, Object> properties(ResourceDeclaration r, IntrinsicResolver resolver) {
            return asMap(resolver.resolve(r.properties(), r.propertiesPath()));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(Object resolved) {
            return resolved instanceof Map ? (Map<String, Object>) resolved : Map.of();
        }

        private Map<String, Object> outputs(IntrinsicResolver resolver) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            for (OutputDeclaration o : document.outputs().values()) {
                String path = "Outputs." + o.name();
                if (o.condition() != null && !resolver.condition(o.condition(), path + ".Condition")) {
                    continue;
                }
                Object value = resolver.resolve(o.value(), path + ".Value");
                if (value != NoValue.INSTANCE) {
                    outputs.put(o.name(), value);
                }
                if (o.exportName() != null) {
                    Object exportName = resolver.resolve(o.exportName(), path + ".Export.Name");
                    notices.add(path + ": export " + IntrinsicResolver.text(exportName) + " is not published, "
                            + "because Stratus runs a single stack");
                }
            }
            return outputs;
        }
    }
}
