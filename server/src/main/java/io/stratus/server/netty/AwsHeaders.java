package io.stratus.server.netty;

import io.netty.util.AsciiString;

/** Names of the AWS-specific HTTP headers Stratus reads or writes. */
public final class AwsHeaders {

    /** The request id every AWS JSON-protocol response carries. */
    public static final AsciiString REQUEST_ID = AsciiString.cached("x-amzn-RequestId");

    /** CRC32 of the response body, which the DynamoDB SDKs verify. */
    public static final AsciiString CRC32 = AsciiString.cached("x-amz-crc32");

    /** {@code <ServiceVersion>.<Operation>} on JSON-protocol requests. */
    public static final AsciiString TARGET = AsciiString.cached("X-Amz-Target");

    /** The SigV4 timestamp header. */
    public static final AsciiString AMZ_DATE = AsciiString.cached("X-Amz-Date");

    private AwsHeaders() {
    }
}
