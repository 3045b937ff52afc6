package io.stratus.bench.wire;

import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DynamoDB JSON-protocol requests as the SDKs send them, and the table set-up the DynamoDB
 * scenarios share: {@code partitions} partitions of {@value #ITEMS_PER_PARTITION} items of 1 KB.
 */
final class DynamoRequests {

    /** Items per seeded partition: one Query page of the size the issue asks for. */
    static final int ITEMS_PER_PARTITION = 100;

    /**
     * A well-formed SigV4 header: Stratus checks its shape like DynamoDB does but not the signature
     * (see the server's {@code RequestSignature}).
     */
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0";

    private DynamoRequests() {
    }

    /** The request for {@code operation} (the {@code X-Amz-Target} suffix) with JSON {@code body}. */
    static WireRequest request(String operation, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", "DynamoDB_20120810." + operation);
        headers.put("X-Amz-Date", "20240101T000000Z");
        headers.put("Authorization", AUTHORIZATION);
        return new WireRequest("POST", "/", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates {@code table} and fills partitions {@code 0 .. partitions-1} with BatchWriteItem. */
    static void createAndSeed(Setup setup, String table, int partitions) throws IOException {
        setup.call(request("CreateTable", SampleItems.createTable(table)));
        for (int p = 0; p < partitions; p++) {
            for (int first = 0; first < ITEMS_PER_PARTITION; first += SampleRequests.BATCH_WRITE_LIMIT) {
                String response = setup.call(request("BatchWriteItem", SampleRequests.batchPut(table,
                        SampleItems.partitionKey(p), first,
                        Math.min(SampleRequests.BATCH_WRITE_LIMIT, ITEMS_PER_PARTITION - first))));
                if (!response.contains("\"UnprocessedItems\":{}")) {
                    throw new IOException("seeding " + table + " left unprocessed items: " + response);
                }
            }
        }
    }

    /** GetItem of seeded item number {@code n} (partition {@code n / 100}, sort key {@code n % 100}). */
    static WireRequest getItem(String table, int n, boolean consistentRead) {
        return request("GetItem", SampleRequests.getItem(table, SampleItems.partitionKey(n / ITEMS_PER_PARTITION),
                SampleItems.sortKey(n % ITEMS_PER_PARTITION), consistentRead));
    }

    /** PutItem of a 1 KB item at the place of seeded item number {@code n}. */
    static WireRequest putItem(String table, int n) {
        return request("PutItem", SampleRequests.putItem(table, SampleItems.partitionKey(n / ITEMS_PER_PARTITION),
                SampleItems.sortKey(n % ITEMS_PER_PARTITION)));
    }

    /** Fails the set-up when a check does not hold. */
    static void require(boolean holds, String what) throws IOException {
        if (!holds) {
            throw new IOException("scenario set-up broken: " + what);
        }
    }
}
