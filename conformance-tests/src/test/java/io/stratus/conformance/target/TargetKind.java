package io.stratus.conformance.target;

import java.util.Locale;

/** Which service the conformance suite talks to, chosen by {@code -Dstratus.target} or {@code STRATUS_TARGET}. */
public enum TargetKind {
    /** An in-process Stratus server on a random port (the default). */
    STRATUS,
    /** Real DynamoDB, with the default credentials chain and region. */
    AWS;

    /** The system property that selects the target. */
    public static final String PROPERTY = "stratus.target";

    /** The environment variable that selects the target when the property is not set. */
    public static final String ENVIRONMENT_VARIABLE = "STRATUS_TARGET";

    /** The target selected for this JVM; an unknown name fails loudly rather than silently testing Stratus. */
    public static TargetKind selected() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(ENVIRONMENT_VARIABLE);
        }
        if (name == null || name.isBlank()) {
            return STRATUS;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "stratus" -> STRATUS;
            case "aws" -> AWS;
            default -> throw new IllegalArgumentException(
                    "Unknown conformance target '" + name + "'; use 'stratus' or 'aws'");
        };
    }
}
