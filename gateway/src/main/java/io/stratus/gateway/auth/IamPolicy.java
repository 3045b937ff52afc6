package io.stratus.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a Lambda authorizer's policy document against a method ARN the way IAM does for
 * {@code execute-api:Invoke}: a matching Deny wins, else a matching Allow allows, else the request is
 * implicitly denied. {@code Action} and {@code Resource} may be strings or lists, with {@code *} matching any
 * run of characters and {@code ?} one character ("Amazon API Gateway Lambda authorizer output").
 */
public final class IamPolicy {

    private static final String INVOKE = "execute-api:invoke";

    private IamPolicy() {
    }

    /**
     * The decision for {@code methodArn}.
     *
     * @throws IllegalArgumentException when the document is not a policy (no {@code Statement})
     */
    public static PolicyDecision evaluate(JsonNode policyDocument, String methodArn) {
        if (policyDocument == null || !policyDocument.isObject() || !policyDocument.has("Statement")) {
            throw new IllegalArgumentException("policyDocument has no Statement");
        }
        JsonNode statements = policyDocument.get("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else {
            list.add(statements);
        }
        boolean allowed = false;
        for (JsonNode statement : list) {
            String effect = statement.path("Effect").asText("");
            if (!matchesAny(statement.get("Action"), INVOKE, true) || !matchesAny(statement.get("Resource"), methodArn, false)) {
                continue;
            }
            if (effect.equalsIgnoreCase("Deny")) {
                return PolicyDecision.EXPLICIT_DENY;
            }
            if (effect.equalsIgnoreCase("Allow")) {
                allowed = true;
            }
        }
        return allowed ? PolicyDecision.ALLOW : PolicyDecision.IMPLICIT_DENY;
    }

    private static boolean matchesAny(JsonNode patterns, String value, boolean ignoreCase) {
        if (patterns == null || patterns.isNull()) {
            return false;
        }
        if (patterns.isArray()) {
            for (JsonNode p : patterns) {
                if (matches(p.asText(), value, ignoreCase)) {
                    return true;
                }
            }
            return false;
        }
        return matches(patterns.asText(), value, ignoreCase);
    }

    /** IAM wildcard matching: {@code *} any run of characters (slashes included), {@code ?} exactly one. */
    static boolean matches(String pattern, String value, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String v = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
        int pi = 0;
        int vi = 0;
        int star = -1;
        int mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
