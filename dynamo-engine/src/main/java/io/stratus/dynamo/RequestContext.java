package io.stratus.dynamo;

/**
 * Where a request comes from, as far as DynamoDB semantics care: the region from the request's
 * credential scope (it goes into ARNs), the account id and the request id.
 */
public record RequestContext(String region, String accountId, String requestId) {

    /** The account id Stratus reports in every ARN. */
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";

    /** The region used when a request carries no credential scope. */
    public static final String DEFAULT_REGION = "us-east-1";
}
