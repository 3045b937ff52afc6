package io.stratus.gateway.template;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a CloudFormation YAML template into a plain tree, turning every short-form tag ({@code !Ref},
 * {@code !Sub}, ...) into its long form ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}).
 *
 * <p>Plain scalars are typed the way CloudFormation treats them rather than the way YAML 1.1 would:
 * only {@code true}/{@code false} become booleans ({@code yes}, {@code no}, {@code on}, {@code off} stay
 * strings, so a mapping key {@code no} for Norway survives), only plain decimal numbers become numbers
 * (decimals keep their written scale, so {@code 3.10} is not {@code 3.1}), and dates such as an unquoted
 * {@code 2010-09-09} stay strings.
 */
final class YamlTemplateReader {

    /** Short-form tags whose long form is {@code Fn::<name>}. */
    private static final List<String> FN_TAGS = List.of("Sub", "Join", "Select", "Split", "If", "Equals", "And",
            "Or", "Not", "FindInMap", "Base64", "GetAZs", "ImportValue", "Cidr", "Length", "ToJsonString",
            "Transform");

    private YamlTemplateReader() {
    }

    /** Parses {@code text}; a YAML error becomes a {@link TemplateException} naming the line and column. */
    static Object read(String text, String sourceName) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(new ShortFormConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new CloudFormationScalars());
        try {
            rejectAliases(yaml, text, sourceName);
            return yaml.load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new TemplateException("Template format error: YAML not well-formed. " + where(mark, sourceName)
                    + ": " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new TemplateException("Template format error: YAML not well-formed. (" + sourceName + "): "
                    + e.getMessage(), e);
        }
    }

    // CloudFormation refuses aliases outright rather than expanding them; saying so beats a confusing
    // error later. See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html
    private static void rejectAliases(Yaml yaml, String text, String sourceName) {
        for (Event event : yaml.parse(new StringReader(text))) {
            if (event instanceof AliasEvent) {
                throw new TemplateException("Template error: YAML aliases are not allowed in CloudFormation templates "
                        + where(event.getStartMark(), sourceName));
            }
        }
    }

    private static String where(Mark mark, String sourceName) {
        if (mark == null) {
            return "(" + sourceName + ")";
        }
        return "(line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + " of " + sourceName + ")";
    }

    /** A value under a tag CloudFormation does not know; reported with its path once the tree is built. */
    record UnknownTag(String tag, int line, int column) { }

    /** SafeConstructor plus one construct per CloudFormation short-form tag. */
    private static final class ShortFormConstructor extends SafeConstructor {

        ShortFormConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String name : FN_TAGS) {
                yamlConstructors.put(new Tag("!" + name), new LongForm("Fn::" + name));
            }
            yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return new BigDecimal(constructScalar((ScalarNode) node));
                }
            });
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    Mark mark = node.getStartMark();
                    return new UnknownTag(node.getTag().getValue(), mark.getLine() + 1, mark.getColumn() + 1);
                }
            });
        }

        Object constructAny(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            return constructMapping((MappingNode) node);
        }

        /** {@code !Name value} → {@code {"Fn::Name": value}}. */
        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(key, constructAny(node));
                return map;
            }
        }

        /** {@code !GetAtt A.B.C} → {@code {"Fn::GetAtt": ["A", "B.C"]}}; the list form passes through. */
        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object value = constructAny(node);
                if (value instanceof String text) {
                    int dot = text.indexOf('.');
                    List<Object> parts = new ArrayList<>();
                    if (dot < 0) {
                        parts.add(text);
                    } else {
                        parts.add(text.substring(0, dot));
                        parts.add(text.substring(dot + 1));
                    }
                    value = parts;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("Fn::GetAtt", value);
                return map;
            }
        }
    }

    /** Implicit scalar types as CloudFormation sees them; everything else is a string. */
    private static final class CloudFormationScalars extends Resolver {
        private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
        private static final Pattern INT = Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$");
        private static final Pattern FLOAT = Pattern.compile("^[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, Resolver.NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, Resolver.EMPTY, null);
        }
    }
}
