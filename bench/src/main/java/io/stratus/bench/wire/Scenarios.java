package io.stratus.bench.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The scenarios {@code --scenario} can name, in the order {@code all} runs them. */
public final class Scenarios {

    // A new scenario (Lambda Invoke, an API Gateway route) is one class and one line here.
    private static final Map<String, Supplier<Scenario>> ALL = new LinkedHashMap<>();

    static {
        register(PutItemScenario::new);
        register(GetItemScenario::new);
        register(QueryScenario::new);
        register(MixedScenario::new);
        register(ApiGetScenario::new);
        register(ApiPostScenario::new);
    }

    private Scenarios() {
    }

    private static void register(Supplier<Scenario> factory) {
        ALL.put(factory.get().name().toLowerCase(Locale.ROOT), factory);
    }

    /** The names of all scenarios. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Supplier<Scenario> factory : ALL.values()) {
            names.add(factory.get().name());
        }
        return names;
    }

    /** New instances of the scenarios in {@code selection} (comma-separated names, any case, or {@code all}). */
    public static List<Scenario> select(String selection) {
        List<Scenario> selected = new ArrayList<>();
        for (String name : selection.split(",")) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            if (key.equals("all")) {
                ALL.values().forEach(factory -> selected.add(factory.get()));
            } else if (ALL.containsKey(key)) {
                selected.add(ALL.get(key).get());
            } else {
                throw new IllegalArgumentException("unknown scenario '" + name.trim() + "'; known: " + names());
            }
        }
        return selected;
    }
}
