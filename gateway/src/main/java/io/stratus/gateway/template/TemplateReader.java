package io.stratus.gateway.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns template text into an unmodifiable plain tree: {@code Map<String, Object>} (in document order),
 * {@code List<Object>}, {@code String}, {@code Boolean}, {@code Long}/{@code BigInteger},
 * {@code BigDecimal} and {@code null}.
 *
 * <p>Like CloudFormation, the format is decided by content: text whose first non-blank character is
 * <code>{</code> is JSON, anything else is YAML.
 */
final class TemplateReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keep decimals as written ("1.50"), as the YAML reader does.
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private TemplateReader() {
    }

    /** Reads {@code text}; the root must be a mapping. */
    static Map<String, Object> read(String text, String sourceName) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Object raw = isJson(body) ? readJson(body, sourceName) : YamlTemplateReader.read(body, sourceName);
        if (!(raw instanceof Map)) {
            throw new TemplateException("Template format error: " + sourceName
                    + " is not a template: its top level must be a mapping of sections such as Resources");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) freeze(raw, "");
        return root;
    }

    private static boolean isJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private static Object readJson(String text, String sourceName) {
        try {
            return plain(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "(" + sourceName + ")"
                    : "(line " + at.getLineNr() + ", column " + at.getColumnNr() + " of " + sourceName + ")";
            String problem = e.getOriginalMessage();
            throw new TemplateException("Template format error: JSON not well-formed. " + where + ": " + problem, e);
        }
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(child -> list.add(plain(child)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return null;
    }

    /** Copies the tree into unmodifiable collections, normalising keys and numbers, and reports unknown tags. */
    private static Object freeze(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = scalarText(e.getKey());
                copy.put(key, freeze(e.getValue(), path.isEmpty() ? key : path + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(freeze(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof YamlTemplateReader.UnknownTag tag) {
            throw TemplateException.at(path, "Template format error: unknown tag " + tag.tag() + " (line "
                    + tag.line() + ", column " + tag.column() + "); CloudFormation knows !Ref, !GetAtt, !Sub, "
                    + "!Join, !Select, !Split, !If, !Equals, !And, !Or, !Not, !FindInMap, !Base64, !Condition, "
                    + "!GetAZs, !ImportValue, !Cidr, !Length, !ToJsonString and !Transform");
        }
        if (value instanceof Integer i) {
            return (long) i;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof BigDecimal) {
            return value;
        }
        // Explicit YAML tags such as !!timestamp or !!binary: CloudFormation only ever sees their text.
        return value.toString();
    }

    private static String scalarText(Object key) {
        if (key instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(key);
    }
}
