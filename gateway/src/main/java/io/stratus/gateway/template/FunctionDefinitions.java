package io.stratus.gateway.template;

import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import io.stratus.gateway.template.model.ResourceDeclaration;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a function resource's resolved properties into a {@link FunctionDefinition}, or into a notice saying why
 * Stratus does not serve it (a runtime other than Java, a container image). SAM's {@code Globals.Function} is merged
 * in first, the way SAM merges it.
 */
final class FunctionDefinitions {

    /** The SAM function type, the only one {@code Globals.Function} applies to. */
    static final String SAM_FUNCTION = "AWS::Serverless::Function";
    /** The plain CloudFormation function type. */
    static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";

    /** The Java runtimes Lambda offers today ("Lambda runtimes"); {@code java8} without al2 is retired. */
    static final List<String> JAVA_RUNTIMES = List.of("java8.al2", "java11", "java17", "java21", "java25");

    /** Lambda's CreateFunction limits ("Lambda quotas"): memory 128–10240 MB, timeout 1–900 s. */
    private static final int MIN_MEMORY = 128;
    private static final int MAX_MEMORY = 10_240;
    private static final int MIN_TIMEOUT = 1;
    private static final int MAX_TIMEOUT = 900;

    /** Properties Stratus applies. */
    private static final Set<String> APPLIED = Set.of("Handler", "Runtime", "CodeUri", "Code", "MemorySize", "Timeout",
            "Environment", "FunctionName", "ReservedConcurrentExecutions", "PackageType", "ImageUri", "InlineCode");
    /**
     * Properties without a local effect: permissions, tracing, deployment and packaging details. {@code Events}
     * belong to the API Gateway part of the loader.
     */
    private static final Set<String> NO_LOCAL_EFFECT = Set.of("Events", "Role", "Policies", "PermissionsBoundary",
            "RolePath", "AssumeRolePolicyDocument", "Description", "Tags", "PropagateTags", "Architectures", "Tracing",
            "TracingConfig", "AutoPublishAlias", "AutoPublishAliasAllProperties", "AutoPublishCodeSha256",
            "VersionDescription", "DeploymentPreference", "KmsKeyArn", "LoggingConfig", "CodeSigningConfigArn",
            "RuntimeManagementConfig", "Metadata");

    private FunctionDefinitions() {
    }

    /**
     * SAM's Globals merge: the resource's value wins for scalars and lists replace nothing but are appended to the
     * global ones, maps are merged key by key (so {@code Environment.Variables} from both survive).
     * See "Globals section of the AWS SAM template", <i>Overridable</i>.
     */
    static Map<String, Object> mergeGlobals(Map<String, Object> globals, Map<String, Object> resource) {
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        for (Map.Entry<String, Object> e : resource.entrySet()) {
            merged.merge(e.getKey(), e.getValue(), FunctionDefinitions::mergeValue);
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValue(Object global, Object local) {
        if (global instanceof Map<?, ?> g && local instanceof Map<?, ?> l) {
            return mergeGlobals((Map<String, Object>) g, (Map<String, Object>) l);
        }
        if (global instanceof List<?> g && local instanceof List<?> l) {
            List<Object> both = new ArrayList<>(g);
            both.addAll(l);
            return both;
        }
        return local;
    }

    /**
     * The definition of function {@code r}, or empty (with a notice) when Stratus does not serve it.
     *
     * @param functionName its physical name
     * @param properties   its resolved properties, Globals already merged
     * @param baseDir      the directory relative code paths are resolved against (the template's)
     */
    static Optional<FunctionDefinition> define(ResourceDeclaration r, String functionName,
                                               Map<String, Object> properties, Path baseDir, Consumer<String> notices) {
        String path = r.propertiesPath();
        String label = "Function " + r.logicalId();
        if ("Image".equals(properties.get("PackageType")) || properties.containsKey("ImageUri")) {
            notices.accept(label + " is not served: container image functions are not supported; Stratus runs "
                    + "Java zip functions");
            return Optional.empty();
        }
        String runtime = requiredText(properties, "Runtime", path);
        if (!JAVA_RUNTIMES.contains(runtime)) {
            notices.accept(label + " is not served: runtime " + runtime + " is not a Java runtime Stratus runs ("
                    + String.join(", ", JAVA_RUNTIMES) + ")");
            return Optional.empty();
        }
        String handler = requiredText(properties, "Handler", path);
        int memory = integer(properties, "MemorySize", path, FunctionDefinition.DEFAULT_MEMORY_SIZE);
        checkRange(memory, MIN_MEMORY, MAX_MEMORY, "memorySize", path + ".MemorySize");
        int timeout = integer(properties, "Timeout", path, FunctionDefinition.DEFAULT_TIMEOUT);
        checkRange(timeout, MIN_TIMEOUT, MAX_TIMEOUT, "timeout", path + ".Timeout");
        OptionalInt reserved = OptionalInt.empty();
        if (properties.containsKey("ReservedConcurrentExecutions")) {
            int value = integer(properties, "ReservedConcurrentExecutions", path, 0);
            checkRange(value, 0, Integer.MAX_VALUE, "reservedConcurrentExecutions",
                    path + ".ReservedConcurrentExecutions");
            reserved = OptionalInt.of(value);
        }
        Map<String, String> environment = environment(properties.get("Environment"), path + ".Environment");
        Path code = code(r, properties, baseDir, label, notices);
        noteUnapplied(properties, label, notices);
        return Optional.of(new FunctionDefinition(r.logicalId(), functionName, handler, runtime, memory, timeout,
                environment, code, reserved));
    }

    private static Path code(ResourceDeclaration r, Map<String, Object> properties, Path baseDir, String label,
                             Consumer<String> notices) {
        String property = r.type().equals(SAM_FUNCTION) ? "CodeUri" : "Code";
        String path = r.propertiesPath() + "." + property;
        Object value = properties.get(property);
        String hostClasspath = "; its handler is loaded from Stratus's own classpath";
        if (properties.containsKey("InlineCode") || value instanceof Map<?, ?> m && m.containsKey("ZipFile")) {
            // CloudFormation accepts inline code only for Node.js and Python, never for Java.
            notices.accept(label + ": inline code cannot hold a Java function" + hostClasspath);
            return null;
        }
        if (value == null) {
            notices.accept(label + " names no " + property + hostClasspath);
            return null;
        }
        if (value instanceof Map<?, ?> location) {
            Object bucket = location.containsKey("Bucket") ? location.get("Bucket") : location.get("S3Bucket");
            Object key = location.containsKey("Key") ? location.get("Key") : location.get("S3Key");
            if (bucket == null || key == null) {
                throw TemplateException.at(path, "expected a local path or an S3 location with "
                        + (property.equals("Code") ? "S3Bucket and S3Key" : "Bucket and Key"));
            }
            notices.accept(label + ": code s3://" + IntrinsicResolver.text(bucket) + "/" + IntrinsicResolver.text(key)
                    + " is in S3, not local" + hostClasspath);
            return null;
        }
        String text = IntrinsicResolver.text(value);
        if (text == null) {
            throw TemplateException.at(path, "expected type: String, found: " + PropertyShape.typeName(value));
        }
        if (text.startsWith("s3://")) {
            notices.accept(label + ": code " + text + " is in S3, not local" + hostClasspath);
            return null;
        }
        try {
            return baseDir.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw TemplateException.at(path, "not a valid path: " + text);
        }
    }

    private static Map<String, String> environment(Object value, String path) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> environment)) {
            throw TemplateException.at(path, "expected type: JSONObject, found: " + PropertyShape.typeName(value));
        }
        Object variables = environment.get("Variables");
        if (variables == null) {
            return Map.of();
        }
        if (!(variables instanceof Map<?, ?> map)) {
            throw TemplateException.at(path + ".Variables", "expected type: JSONObject, found: "
                    + PropertyShape.typeName(variables));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            String text = IntrinsicResolver.text(e.getValue());
            if (text == null) {
                throw TemplateException.at(path + ".Variables." + name, "expected type: String, found: "
                        + PropertyShape.typeName(e.getValue()));
            }
            out.put(name, text);
        }
        return out;
    }

    private static void noteUnapplied(Map<String, Object> properties, String label, Consumer<String> notices) {
        List<String> unapplied = new ArrayList<>();
        for (String name : properties.keySet()) {
            if (!APPLIED.contains(name) && !NO_LOCAL_EFFECT.contains(name)) {
                unapplied.add(name);
            }
        }
        if (!unapplied.isEmpty()) {
            notices.accept(label + ": " + String.join(", ", unapplied) + (unapplied.size() == 1 ? " is" : " are")
                    + " not applied");
        }
    }

    private static String requiredText(Map<String, Object> properties, String name, String path) {
        Object value = properties.get(name);
        if (value == null) {
            throw TemplateException.at(path, "required key [" + name + "] not found");
        }
        String text = IntrinsicResolver.text(value);
        if (text == null) {
            throw TemplateException.at(path + "." + name, "expected type: String, found: "
                    + PropertyShape.typeName(value));
        }
        return text;
    }

    private static int integer(Map<String, Object> properties, String name, String path, int fallback) {
        Object value = properties.get(name);
        if (value == null) {
            return fallback;
        }
        String text = value instanceof Boolean ? null : IntrinsicResolver.text(value);
        if (text != null) {
            try {
                return new BigDecimal(text.trim()).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below with the value's type
            }
        }
        throw TemplateException.at(path + "." + name, "expected type: Integer, found: "
                + PropertyShape.typeName(value));
    }

    /** Lambda's own wording for an out-of-range CreateFunction member. */
    private static void checkRange(int value, int min, int max, String member, String path) {
        if (value < min) {
            throw TemplateException.at(path, "1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw TemplateException.at(path, "1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
    }
}
