package io.stratus.gateway.template;

/** The Lambda proxy event format a route sends: REST APIs always use 1.0, HTTP APIs default to 2.0. */
public enum PayloadFormat {
    /** Payload format 1.0: {@code resource}, {@code httpMethod}, {@code multiValueHeaders}, ... */
    V1("1.0"),
    /** Payload format 2.0: {@code routeKey}, {@code rawPath}, {@code cookies}, ... */
    V2("2.0");

    private final String version;

    PayloadFormat(String version) {
        this.version = version;
    }

    /** The version string as templates and events spell it, e.g. {@code 2.0}. */
    public String version() {
        return version;
    }

    /** The format a template names ({@code "1.0"} or {@code "2.0"}), or {@code null} for anything else. */
    public static PayloadFormat of(String version) {
        for (PayloadFormat f : values()) {
            if (f.version.equals(version)) {
                return f;
            }
        }
        return null;
    }
}
