package io.stratus.server.dynamodb;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.server.netty.AwsHeaders;
import io.stratus.server.netty.ServerRequest;
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
        HeaderParameters parameters = HeaderParameters.parse(authorization);
        StringBuilder missing = null;
        if (isEmpty(parameters.credential)) {
            missing = requires(missing, "Credential");
        }
        if (isEmpty(parameters.signature)) {
            missing = requires(missing, "Signature");
        }
        // present but empty is accepted for SignedHeaders only
        if (parameters.signedHeaders == null) {
            missing = requires(missing, "SignedHeaders");
        }
        if (isEmpty(request.header(AwsHeaders.AMZ_DATE)) && isEmpty(request.header(HttpHeaderNames.DATE))) {
            missing = missing == null ? new StringBuilder() : missing;
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing != null) {
            throw DynamoDbException.of(ErrorCode.INCOMPLETE_SIGNATURE,
                    missing.append("Authorization=").append(authorization).toString());
        }
        return regionOf(parameters.credential);
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

    private static StringBuilder requires(StringBuilder missing, String parameter) {
        StringBuilder text = missing == null ? new StringBuilder() : missing;
        return text.append("Authorization header requires '").append(parameter).append("' parameter. ");
    }

    /**
     * The three {@code key=value} parameters of the header that the checks need ({@code null} when
     * absent; the first occurrence wins). AWS accepts commas and/or blanks between parameters
     * ({@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}). Scanned by hand:
     * every request carries this header, and a regex split of it was 8 % of the server's CPU.
     */
    private static final class HeaderParameters {
        String credential;
        String signature;
        String signedHeaders;

        static HeaderParameters parse(String authorization) {
            HeaderParameters parameters = new HeaderParameters();
            // what String.trim() drops at either end
            int end = authorization.length();
            while (end > 0 && authorization.charAt(end - 1) <= ' ') {
                end--;
            }
            int i = 0;
            while (i < end && authorization.charAt(i) <= ' ') {
                i++;
            }
            // skip the algorithm; without a blank after it there are no parameters
            while (i < end && !Character.isWhitespace(authorization.charAt(i))) {
                i++;
            }
            while (i < end) {
                while (i < end && isSeparator(authorization.charAt(i))) {
                    i++;
                }
                int start = i;
                int equals = -1;
                while (i < end && !isSeparator(authorization.charAt(i))) {
                    if (equals < 0 && authorization.charAt(i) == '=') {
                        equals = i;
                    }
                    i++;
                }
                if (equals > start) {
                    parameters.take(authorization, start, equals, i);
                }
            }
            return parameters;
        }

        private void take(String header, int start, int equals, int end) {
            if (credential == null && is(header, start, equals, "Credential")) {
                credential = header.substring(equals + 1, end);
            } else if (signature == null && is(header, start, equals, "Signature")) {
                signature = header.substring(equals + 1, end);
            } else if (signedHeaders == null && is(header, start, equals, "SignedHeaders")) {
                signedHeaders = header.substring(equals + 1, end);
            }
        }

        private static boolean is(String header, int start, int end, String name) {
            return end - start == name.length() && header.startsWith(name, start);
        }

        /** Java regex's {@code \s}: what the header's blanks were split on. */
        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        private static boolean isSeparator(char c) {
            return c == ',' || isBlank(c);
        }
    }

    /** {@code AKID/20240101/eu-west-1/dynamodb/aws4_request} → {@code eu-west-1}. */
    private static String regionOf(String credential) {
        int first = credential.indexOf('/');
        int second = first < 0 ? -1 : credential.indexOf('/', first + 1);
        if (second < 0) {
            return RequestContext.DEFAULT_REGION;
        }
        int third = credential.indexOf('/', second + 1);
        String region = credential.substring(second + 1, third < 0 ? credential.length() : third);
        return region.isEmpty() ? RequestContext.DEFAULT_REGION : region;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
