package io.stratus.lambda.config;

import java.util.Arrays;
import java.util.Optional;

/** The Java runtime identifiers Lambda accepts, with the Java feature version each one runs. */
public enum JavaRuntime {
    JAVA8_AL2("java8.al2", 8),
    JAVA11("java11", 11),
    JAVA17("java17", 17),
    JAVA21("java21", 21),
    JAVA25("java25", 25);

    private final String id;
    private final int featureVersion;

    JavaRuntime(String id, int featureVersion) {
        this.id = id;
        this.featureVersion = featureVersion;
    }

    /** The identifier as written in a template or the Lambda API, e.g. {@code java17}. */
    public String id() {
        return id;
    }

    /** The Java feature version the runtime provides. */
    public int featureVersion() {
        return featureVersion;
    }

    /** The value Lambda puts in {@code AWS_EXECUTION_ENV}, e.g. {@code AWS_Lambda_java17}. */
    public String executionEnv() {
        return "AWS_Lambda_" + id;
    }

    /** True when this JVM is older than the runtime, so code compiled for the runtime may not load here. */
    public boolean newerThanHost() {
        return featureVersion > Runtime.version().feature();
    }

    /** The runtime with the given identifier, if Lambda has one. */
    public static Optional<JavaRuntime> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
