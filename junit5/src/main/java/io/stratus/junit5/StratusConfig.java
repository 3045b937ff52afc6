package io.stratus.junit5;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an extension starts: from {@link StratusTest} or {@link StratusExtension#builder()}. Instances are
 * shared between classes whose {@link #sharingKey()} is equal.
 *
 * @param template the template location ({@link Stratus.Builder#template(String)}), empty for none
 * @param parameters template parameter overrides, in declaration order
 * @param shared whether one instance serves every class with the same sharing key
 * @param reset the class's default reset mode
 * @param region the region clients sign for
 * @param jwks the JSON Web Key Set location ({@link Stratus.Builder#jwks(String)}), empty for none
 * @param apiKeys extra API keys
 */
record StratusConfig(String template, Map<String, String> parameters, boolean shared, ResetMode reset, String region,
                     String jwks, List<String> apiKeys) {

    StratusConfig {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        apiKeys = List.copyOf(apiKeys);
    }


    /** The configuration an annotation describes. */
    static StratusConfig of(StratusTest annotation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : annotation.parameters()) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        "@StratusTest parameters are Name=Value, got '" + parameter + "'");
            }
            parameters.put(parameter.substring(0, equals).trim(), parameter.substring(equals + 1));
        }
        return new StratusConfig(annotation.template(), parameters, annotation.shared(), annotation.reset(),
                annotation.region(), annotation.jwks(), List.of(annotation.apiKeys()));
    }

    /** What makes two shared instances interchangeable; the reset mode is a per-test matter. */
    SharingKey sharingKey() {
        return new SharingKey(template, parameters, region, jwks, apiKeys);
    }

    /** A new instance with this configuration, its template looked up through {@code loader}. */
    Stratus start(ClassLoader loader) {
        Stratus.Builder builder = Stratus.builder().region(region);
        if (!template.isEmpty()) {
            builder.template(ResourceFile.Location.of(template, loader));
        }
        parameters.forEach(builder::parameter);
        if (!jwks.isEmpty()) {
            builder.jwks(jwks, loader);
        }
        apiKeys.forEach(builder::apiKey);
        return builder.start();
    }

    /** The identity of a shared instance in the root store. */
    record SharingKey(String template, Map<String, String> parameters, String region, String jwks,
                      List<String> apiKeys) {
    }
}
