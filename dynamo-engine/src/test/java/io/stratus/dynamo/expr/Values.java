package io.stratus.dynamo.expr;

import io.stratus.dynamo.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Terse builders for attribute values and items in expression tests. */
final class Values {

    private Values() {
    }

    static AttributeValue.S s(String v) {
        return new AttributeValue.S(v);
    }

    static AttributeValue.N n(String v) {
        return new AttributeValue.N(v);
    }

    static AttributeValue.B b(String utf8) {
        return new AttributeValue.B(utf8.getBytes(StandardCharsets.UTF_8));
    }

    static AttributeValue.B bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return new AttributeValue.B(out);
    }

    static AttributeValue.Bool bool(boolean v) {
        return AttributeValue.Bool.of(v);
    }

    static AttributeValue.Null nul() {
        return AttributeValue.Null.INSTANCE;
    }

    static AttributeValue.L l(AttributeValue... values) {
        return new AttributeValue.L(List.of(values));
    }

    static AttributeValue.SS ss(String... values) {
        return new AttributeValue.SS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    static AttributeValue.NS ns(String... values) {
        return new AttributeValue.NS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    static AttributeValue.BS bs(String... utf8) {
        return new AttributeValue.BS(Arrays.stream(utf8).map(x -> x.getBytes(StandardCharsets.UTF_8)).toList());
    }

    /** A map value from alternating keys and values. */
    static AttributeValue.M m(Object... keysAndValues) {
        return new AttributeValue.M(item(keysAndValues));
    }

    /** An item from alternating attribute names and values. */
    static Map<String, AttributeValue> item(Object... keysAndValues) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (AttributeValue) keysAndValues[i + 1]);
        }
        return map;
    }

    /** ExpressionAttributeValues from alternating placeholders and values. */
    static Map<String, AttributeValue> values(Object... keysAndValues) {
        return item(keysAndValues);
    }

    /** ExpressionAttributeNames from alternating placeholders and names. */
    static Map<String, String> names(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
