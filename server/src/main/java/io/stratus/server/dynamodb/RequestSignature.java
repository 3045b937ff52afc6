package io.stratus.server.dynamodb;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.server.netty.AwsHeaders;
import io.stratus.server.netty.ServerRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's authentication checks, as far as a local emulator makes them: the request must carry a
 * complete SigV4 {@code Authorization} header (or presigned query string), whose signature is
 * <em>not</em> verified. Yields the region of the credential scope, which goes into ARNs.
 *
 * <p>Checked in AWS's order, with AWS's messages (verified against live DynamoDB by dynalite's
 * connection tests): both header and presigned query → {@code InvalidSignatureException}; no
 * {@code AWS4-} header → {@code MissingAuthenticationTokenException} (or the presigned-query checks);
 * then every missing part of the header is listed in one {@code IncompleteSignatureException}.
 * The later checks of real AWS (date format and skew, algorithm, credential scope, key id,
 * signature) are deliberately skipped: local clients use any credentials and any clock.
 */
public final class RequestSignature {

    private static final String ALGORITHM_QUERY = "X-Amz-Algorithm";
    private static final List<String> PRESIGNED_QUERY = List.of(
            ALGORITHM_QUERY, "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");
    private static final List<String> HEADER_PARAMETERS = List.of("Credential", "Signature", "SignedHeaders");

    private RequestSignature() {
    }

    /**
     * Checks the request's credentials and returns the region of their scope (or
     * {@link RequestContext#DEFAULT_REGION} when the scope names none).
     *
     * @throws DynamoDbException the authentication error AWS would answer with
     */
    public static String check(ServerRequest request) {
        String authorization = request.header(HttpHeaderNames.AUTHORIZATION);
        boolean presigned = request.query().containsKey(ALGORITHM_QUERY);
        if (authorization != null && presigned) {
            throw DynamoDbException.of(ErrorCode.INVALID_SIGNATURE,
                    "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
        }
        if (authorization == null || !authorization.trim().startsWith("AWS4-")) {
            if (presigned) {
                return checkPresignedQuery(request.query());
            }
            throw DynamoDbException.of(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
        }
        Map<String, String> parameters = headerParameters(authorization);
        StringBuilder missing = new StringBuilder();
        for (String name : HEADER_PARAMETERS) {
            if (isEmpty(parameters.get(name)) && !(name.equals("SignedHeaders") && parameters.containsKey(name))) {
                missing.append("Authorization header requires '").append(name).append("' parameter. ");
            }
        }
        if (isEmpty(request.header(AwsHeaders.AMZ_DATE)) && isEmpty(request.header(HttpHeaderNames.DATE))) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing.length() > 0) {
            throw DynamoDbException.of(ErrorCode.INCOMPLETE_SIGNATURE,
                    missing.append("Authorization=").append(authorization).toString());
        }
        return regionOf(parameters.get("Credential"));
    }

    private static String checkPresignedQuery(Map<String, List<String>> query) {
        StringBuilder missing = new StringBuilder();
        for (String name : PRESIGNED_QUERY) {
            if (isEmpty(first(query, name))) {
                missing.append("AWS query-string parameters must include '").append(name).append("'. ");
            }
        }
        if (missing.length() > 0) {
            throw DynamoDbException.of(ErrorCode.INCOMPLETE_SIGNATURE,
                    missing.append("Re-examine the query-string parameters.").toString());
        }
        return regionOf(first(query, "X-Amz-Credential"));
    }

    /**
     * The {@code key=value} parameters after the algorithm; AWS accepts commas and/or blanks between
     * them ({@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}).
     */
    private static Map<String, String> headerParameters(String authorization) {
        Map<String, String> parameters = new HashMap<>();
        String trimmed = authorization.trim();
        int afterAlgorithm = indexOfBlank(trimmed);
        if (afterAlgorithm < 0) {
            return parameters;
        }
        for (String token : trimmed.substring(afterAlgorithm).split("[,\\s]+")) {
            int equals = token.indexOf('=');
            if (equals > 0) {
                parameters.putIfAbsent(token.substring(0, equals), token.substring(equals + 1));
            }
        }
        return parameters;
    }

    /** {@code AKID/20240101/eu-west-1/dynamodb/aws4_request} → {@code eu-west-1}. */
    private static String regionOf(String credential) {
        String[] scope = credential.split("/", -1);
        return scope.length > 2 && !scope[2].isEmpty() ? scope[2] : RequestContext.DEFAULT_REGION;
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
