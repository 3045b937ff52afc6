package io.stratus.gateway.auth;

/** What an IAM policy says about one method ARN. */
public enum PolicyDecision {
    /** An Allow statement matches and no Deny does. */
    ALLOW,
    /** A Deny statement matches: API Gateway's "with an explicit deny" 403. */
    EXPLICIT_DENY,
    /** No statement matches: API Gateway's plain 403. */
    IMPLICIT_DENY
}
