package io.stratus.gateway.template.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.model.StackIdentity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsic and condition functions over a plain template tree.
 *
 * <p>A map with a single key {@code Ref} or {@code Fn::*} is a function call; every other map and list is
 * resolved member by member, and members that resolve to {@code AWS::NoValue} are removed. Functions are
 * evaluated lazily: only the chosen branch of an {@code Fn::If} is looked at, as in CloudFormation.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
public final class IntrinsicResolver {

    private static final List<String> FUNCTIONS = List.of("Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt",
            "Fn::GetAZs", "Fn::ImportValue", "Fn::Join", "Fn::Length", "Fn::Select", "Fn::Split", "Fn::Sub",
            "Fn::ToJsonString", "Fn::Transform", "Ref", "Fn::And", "Fn::Equals", "Fn::If", "Fn::Not", "Fn::Or");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackIdentity stack;
    private final Map<String, Object> parameters;
    private final Map<String, Object> mappings;
    private final ResourceResolver resources;
    private final Consumer<String> notices;
    private final ConditionEvaluator conditions;

    /**
     * Creates a resolver for one stack.
     *
     * @param stack      the stack, for pseudo parameters
     * @param parameters bound parameter values ({@link ParameterBinder})
     * @param mappings   the {@code Mappings} section
     * @param conditions the {@code Conditions} section, unevaluated
     * @param resources  what resources resolve to
     * @param notices    receives a note for every value that could only be kept as a placeholder
     */
    public IntrinsicResolver(StackIdentity stack, Map<String, Object> parameters, Map<String, Object> mappings,
                             Map<String, Object> conditions, ResourceResolver resources, Consumer<String> notices) {
        this.stack = stack;
        this.parameters = parameters;
        this.mappings = mappings;
        this.resources = resources;
        this.notices = notices;
        this.conditions = new ConditionEvaluator(conditions, this);
    }

    /**
     * Resolves {@code node}, found at {@code path}; may return {@link NoValue#INSTANCE} when the whole node
     * is {@code AWS::NoValue}. Maps and lists in the result are unmodifiable.
     */
    public Object resolve(Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = String.valueOf(map.keySet().iterator().next());
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    return call(key, map.get(key), path);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object value = resolve(e.getValue(), path + "." + key);
                if (value != NoValue.INSTANCE) {
                    out.put(key, value);
                }
            }
            return Collections.unmodifiableMap(out);
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object value = resolve(list.get(i), path + "[" + i + "]");
                if (value != NoValue.INSTANCE) {
                    out.add(value);
                }
            }
            return Collections.unmodifiableList(out);
        }
        return node;
    }

    /** Whether condition {@code name} holds; {@code path} is where it is used, for messages. */
    public boolean condition(String name, String path) {
        if (!conditions.isDefined(name)) {
            throw TemplateException.at(path, "Template format error: Unresolved condition dependencies [" + name
                    + "] in the " + block(path) + " block of the template");
        }
        return conditions.evaluate(name);
    }

    /** The value of {@code Ref: name} for a parameter or pseudo parameter, or {@code null} when it is neither. */
    public Object parameter(String name) {
        if (PseudoParameters.NAMES.contains(name)) {
            return PseudoParameters.value(name, stack);
        }
        return parameters.get(name);
    }

    /** The stack this resolver resolves for. */
    public StackIdentity stack() {
        return stack;
    }

    /** Records a note for the loader's notices. */
    public void notice(String text) {
        notices.accept(text);
    }

    /**
     * The text CloudFormation would substitute for a scalar: strings as is, numbers in plain notation,
     * booleans as {@code true}/{@code false}; {@code null} for anything else.
     */
    public static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    boolean conditionValue(Object node, String path) {
        if (node instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("Condition")) {
            Object name = map.get("Condition");
            if (!(name instanceof String conditionName)) {
                throw TemplateException.at(path, "Template format error: Every Condition member must be a string.");
            }
            return condition(conditionName, path);
        }
        Object value = resolve(node, path);
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw TemplateException.at(path, "Template error: a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not "
                + "or a Condition reference, not " + describe(node));
    }

    private Object call(String function, Object argument, String path) {
        return switch (function) {
            case "Ref" -> ref(argument, path);
            case "Fn::GetAtt" -> getAtt(argument, path);
            case "Fn::Sub" -> sub(argument, path);
            case "Fn::Join" -> join(argument, path);
            case "Fn::Select" -> select(argument, path);
            case "Fn::Split" -> split(argument, path);
            case "Fn::If" -> ifThenElse(argument, path);
            case "Fn::Equals" -> equalsFunction(argument, path);
            case "Fn::And" -> andOr(argument, path, true);
            case "Fn::Or" -> andOr(argument, path, false);
            case "Fn::Not" -> not(argument, path);
            case "Fn::FindInMap" -> findInMap(argument, path);
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(
                    requireText(resolve(argument, path), path, "Fn::Base64").getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> getAzs(argument, path);
            case "Fn::ImportValue" -> importValue(argument, path);
            case "Fn::Cidr" -> cidr(argument, path);
            case "Fn::Length" -> length(argument, path);
            case "Fn::ToJsonString" -> toJsonString(argument, path);
            case "Fn::Transform" -> throw TemplateException.at(path, "Fn::Transform runs a CloudFormation macro, which "
                    + "Stratus cannot run; expand the template with the macro first");
            default -> throw TemplateException.at(path, "Template format error: Encountered unsupported function: "
                    + function + " Supported functions are: " + FUNCTIONS);
        };
    }

    private Object ref(Object argument, String path) {
        if (!(argument instanceof String name)) {
            throw TemplateException.at(path, "Template format error: Every Ref object must have a single String value.");
        }
        Object parameter = parameter(name);
        if (parameter != null) {
            return parameter;
        }
        if (resources.isDeclared(name)) {
            return resources.ref(name, this, path);
        }
        throw unresolved(name, path);
    }

    private Object getAtt(Object argument, String path) {
        Object args = argument instanceof String dotted ? splitDotted(dotted) : argument;
        if (!(args instanceof List<?> list) || list.size() != 2 || !(list.get(0) instanceof String id) || id.isEmpty()) {
            throw TemplateException.at(path, "Template error: every Fn::GetAtt object requires two non-empty "
                    + "parameters, the resource name and the resource attribute");
        }
        String attribute = text(resolve(list.get(1), path));
        if (attribute == null || attribute.isEmpty()) {
            throw TemplateException.at(path, "Template error: every Fn::GetAtt object requires two non-empty "
                    + "parameters, the resource name and the resource attribute");
        }
        if (!resources.isDeclared(id)) {
            throw TemplateException.at(path, "Template error: instance of Fn::GetAtt references undefined resource " + id);
        }
        return resources.getAtt(id, attribute, this, path);
    }

    private static Object splitDotted(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? List.of(dotted) : List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    private Object sub(Object argument, String path) {
        String template;
        Map<String, Object> variables = Map.of();
        if (argument instanceof String s) {
            template = s;
        } else if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String s
                && list.get(1) instanceof Map<?, ?> vars) {
            template = s;
            Map<String, Object> resolved = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : vars.entrySet()) {
                resolved.put(String.valueOf(e.getKey()), resolve(e.getValue(), path + "." + e.getKey()));
            }
            variables = resolved;
        } else {
            throw TemplateException.at(path, "Template error: One or more Fn::Sub intrinsic functions don't specify "
                    + "expected arguments. Specify a string as first argument, and an optional second argument to "
                    + "specify a mapping of values to replace in the string");
        }
        StringBuilder out = new StringBuilder();
        for (SubstitutionString.Part part : SubstitutionString.parse(template).parts()) {
            if (part instanceof SubstitutionString.Literal literal) {
                out.append(literal.text());
            } else {
                String name = ((SubstitutionString.Variable) part).name();
                Object value = variables.containsKey(name) ? variables.get(name) : subVariable(name, path);
                String text = text(value);
                if (text == null) {
                    throw TemplateException.at(path, "Template error: variable " + name + " in Fn::Sub expression "
                            + "does not resolve to a string");
                }
                out.append(text);
            }
        }
        return out.toString();
    }

    private Object subVariable(String name, String path) {
        Object parameter = parameter(name);
        if (parameter != null) {
            return parameter;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && resources.isDeclared(name.substring(0, dot))) {
            return resources.getAtt(name.substring(0, dot), name.substring(dot + 1), this, path);
        }
        if (resources.isDeclared(name)) {
            return resources.ref(name, this, path);
        }
        throw unresolved(name, path);
    }

    private Object join(Object argument, String path) {
        List<?> args = arguments(argument, 2, path, "Template error: every Fn::Join object requires two "
                + "parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that "
                + "returns a list of strings (such as Fn::GetAZs) to be joined.");
        String delimiter = requireText(args.get(0), path, "Fn::Join");
        Object items = resolve(args.get(1), path);
        if (!(items instanceof List<?> list)) {
            throw TemplateException.at(path, "Template error: every Fn::Join object requires two parameters, (1) a "
                    + "string delimiter and (2) a list of strings to be joined or a function that returns a list of "
                    + "strings (such as Fn::GetAZs) to be joined.");
        }
        List<String> texts = new ArrayList<>(list.size());
        for (Object item : list) {
            texts.add(requireText(item, path, "Fn::Join"));
        }
        return String.join(delimiter, texts);
    }

    private Object select(Object argument, String path) {
        List<?> args = arguments(argument, 2, path, "Template error: Fn::Select requires a list "
                + "argument with two elements: an integer index and a list");
        String indexText = requireText(resolve(args.get(0), path), path, "Fn::Select");
        Object items = resolve(args.get(1), path);
        if (!(items instanceof List<?> list)) {
            throw TemplateException.at(path, "Template error: Fn::Select requires a list argument with two elements: "
                    + "an integer index and a list");
        }
        int index;
        try {
            index = Integer.parseInt(indexText.trim());
        } catch (NumberFormatException e) {
            throw TemplateException.at(path, "Template error: Fn::Select requires a list argument with two elements: "
                    + "an integer index and a list");
        }
        if (index < 0 || index >= list.size()) {
            throw TemplateException.at(path, "Template error: Fn::Select cannot select nonexistent value at index "
                    + index);
        }
        return list.get(index);
    }

    private Object split(Object argument, String path) {
        List<?> args = arguments(argument, 2, path, "Template error: every Fn::Split object requires two "
                + "parameters, (1) a string delimiter and (2) a string to be split or a function that returns a "
                + "string to be split.");
        String delimiter = requireText(args.get(0), path, "Fn::Split");
        String source = requireText(resolve(args.get(1), path), path, "Fn::Split");
        return List.of(source.split(Pattern.quote(delimiter), -1));
    }

    private Object ifThenElse(Object argument, String path) {
        List<?> args = arguments(argument, 3, path, "Template error: every Fn::If object requires three "
                + "parameters, the condition, the value if true and the value if false");
        if (!(args.get(0) instanceof String name)) {
            throw TemplateException.at(path, "Template error: every Fn::If object requires three parameters, the "
                    + "condition, the value if true and the value if false");
        }
        if (!conditions.isDefined(name)) {
            throw TemplateException.at(path, "Template error: unresolved condition dependency " + name + " in Fn::If");
        }
        return resolve(conditions.evaluate(name) ? args.get(1) : args.get(2), path);
    }

    private Object equalsFunction(Object argument, String path) {
        List<?> args = arguments(argument, 2, path, "Template error: every Fn::Equals object requires "
                + "a list of 2 string parameters.");
        return Objects.equals(comparable(resolve(args.get(0), path)), comparable(resolve(args.get(1), path)));
    }

    private static Object comparable(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(IntrinsicResolver::comparable).toList();
        }
        String text = text(value);
        return text == null ? value : text;
    }

    private Object andOr(Object argument, String path, boolean and) {
        String name = and ? "Fn::And" : "Fn::Or";
        if (!(argument instanceof List<?> list) || list.size() < 2 || list.size() > 10) {
            throw TemplateException.at(path, "Template error: every " + name + " object requires a list of at least "
                    + "2 and at most 10 boolean parameters.");
        }
        // CloudFormation evaluates every operand; so do we, so that an error in any of them is reported.
        boolean result = and;
        for (int i = 0; i < list.size(); i++) {
            boolean value = conditionValue(list.get(i), path + "[" + i + "]");
            result = and ? result && value : result || value;
        }
        return result;
    }

    private Object not(Object argument, String path) {
        if (!(argument instanceof List<?> list) || list.size() != 1) {
            throw TemplateException.at(path, "Template error: every Fn::Not object requires a list of 1 boolean "
                    + "parameter.");
        }
        return !conditionValue(list.get(0), path + "[0]");
    }

    private Object findInMap(Object argument, String path) {
        if (!(argument instanceof List<?> list) || list.size() < 3 || list.size() > 4) {
            throw TemplateException.at(path, "Template error: every Fn::FindInMap object requires three parameters, "
                    + "the map name, map key and the attribute for return value");
        }
        String mapName = requireText(resolve(list.get(0), path), path, "Fn::FindInMap");
        String topKey = requireText(resolve(list.get(1), path), path, "Fn::FindInMap");
        String secondKey = requireText(resolve(list.get(2), path), path, "Fn::FindInMap");
        if (!(mappings.get(mapName) instanceof Map<?, ?> map)) {
            throw TemplateException.at(path, "Template error: Mapping named '" + mapName + "' is not present in the "
                    + "'Mappings' section of template");
        }
        Object top = map.get(topKey);
        Object value = top instanceof Map<?, ?> second ? second.get(secondKey) : null;
        if (value != null) {
            return resolve(value, path);
        }
        // The fourth argument ({DefaultValue: ...}) comes from the AWS::LanguageExtensions transform.
        if (list.size() == 4 && list.get(3) instanceof Map<?, ?> options && options.containsKey("DefaultValue")) {
            return resolve(options.get("DefaultValue"), path);
        }
        throw TemplateException.at(path, "Template error: Unable to get mapping for " + mapName + "::" + topKey + "::"
                + secondKey);
    }

    private Object getAzs(Object argument, String path) {
        String region = requireText(resolve(argument == null ? "" : argument, path), path, "Fn::GetAZs");
        if (region.isEmpty()) {
            region = stack.region();
        }
        // A fixed answer: us-east-1 has six zones, and three is the common case elsewhere.
        int zones = region.equals("us-east-1") ? 6 : 3;
        List<String> names = new ArrayList<>(zones);
        for (int i = 0; i < zones; i++) {
            names.add(region + (char) ('a' + i));
        }
        return List.copyOf(names);
    }

    private Object importValue(Object argument, String path) {
        String name = requireText(resolve(argument, path), path, "Fn::ImportValue");
        String placeholder = "<unresolved Fn::ImportValue " + name + ">";
        notices.accept(path + ": Fn::ImportValue " + name + " cannot be resolved, because Stratus runs a single stack "
                + "and has no exports; kept as the placeholder " + placeholder);
        return placeholder;
    }

    private Object cidr(Object argument, String path) {
        List<?> args = arguments(argument, 3, path, "Template error: every Fn::Cidr object requires "
                + "three parameters: ipBlock, count and cidrBits");
        String block = requireText(resolve(args.get(0), path), path, "Fn::Cidr");
        try {
            int count = Integer.parseInt(requireText(resolve(args.get(1), path), path, "Fn::Cidr").trim());
            int bits = Integer.parseInt(requireText(resolve(args.get(2), path), path, "Fn::Cidr").trim());
            return List.copyOf(CidrBlocks.split(block, count, bits));
        } catch (IllegalArgumentException e) {
            throw TemplateException.at(path, "Template error: " + e.getMessage());
        }
    }

    private Object length(Object argument, String path) {
        Object value = resolve(argument, path);
        if (!(value instanceof List<?> list)) {
            throw TemplateException.at(path, "Template error: Fn::Length requires a list");
        }
        return (long) list.size();
    }

    private Object toJsonString(Object argument, String path) {
        Object value = resolve(argument, path);
        if (!(value instanceof Map) && !(value instanceof List)) {
            throw TemplateException.at(path, "Template error: Fn::ToJsonString requires an object or a list");
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw TemplateException.at(path, "Template error: Fn::ToJsonString: " + e.getOriginalMessage());
        }
    }

    private List<?> arguments(Object argument, int count, String path, String message) {
        if (argument instanceof List<?> list && list.size() == count) {
            return list;
        }
        throw TemplateException.at(path, message);
    }

    private String requireText(Object value, String path, String function) {
        String text = text(value);
        if (text == null) {
            throw TemplateException.at(path, "Template error: " + function + " expects a string where it found "
                    + describe(value));
        }
        return text;
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value == null ? "null" : "'" + value + "'";
    }

    private static TemplateException unresolved(String name, String path) {
        return TemplateException.at(path, "Template format error: Unresolved resource dependencies [" + name
                + "] in the " + block(path) + " block of the template");
    }

    private static String block(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
