package io.stratus.bench.data;

/**
 * The one table layout every benchmark uses and its items of exactly {@value #ITEM_BYTES} bytes
 * as DynamoDB sizes them, rendered as JSON-protocol attribute maps.
 *
 * <p>An item mixes the shapes real tables hold (key strings, a number, a string set, a map) and
 * tops up to 1 KB with a string payload. Keys are fixed width, so every item has the same size;
 * {@code SampleItemsTest} pins the size against the engine's own {@code ItemSize}.
 */
public final class SampleItems {

    /** The partition key attribute (S). */
    public static final String HASH_KEY = "pk";
    /** The sort key attribute (S). */
    public static final String RANGE_KEY = "sk";
    /** The numeric attribute the UpdateItem benchmarks increment. */
    public static final String COUNTER = "count";
    /** The DynamoDB size of every sample item (before any update). */
    public static final int ITEM_BYTES = 1024;

    /** What the attributes other than the payload weigh: names plus values, as {@code ItemSize} counts. */
    private static final int FIXED_BYTES = 149;
    private static final String PAYLOAD = payload(ITEM_BYTES - FIXED_BYTES);

    private SampleItems() {
    }

    /** The CreateTable body of the benchmark table {@code table} (pk HASH, sk RANGE, on-demand). */
    public static String createTable(String table) {
        return "{\"TableName\":\"" + table + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"" + HASH_KEY + "\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"" + RANGE_KEY + "\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"" + HASH_KEY + "\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"" + RANGE_KEY + "\",\"KeyType\":\"RANGE\"}]}";
    }

    /** The partition key of item number {@code n} ({@code user#000042}); fixed width below a million. */
    public static String partitionKey(int n) {
        return "user#" + zeroPadded(n, 6);
    }

    /** The sort key of item number {@code n} within a partition ({@code item#0042}); fixed width below 10,000. */
    public static String sortKey(int n) {
        return "item#" + zeroPadded(n, 4);
    }

    /** The JSON attribute map of the key {@code (pk, sk)}. */
    public static String key(String pk, String sk) {
        return "{\"" + HASH_KEY + "\":{\"S\":\"" + pk + "\"},\"" + RANGE_KEY + "\":{\"S\":\"" + sk + "\"}}";
    }

    /** The JSON attribute map of the 1 KB item with key {@code (pk, sk)}. */
    public static String item(String pk, String sk) {
        return "{\"" + HASH_KEY + "\":{\"S\":\"" + pk + "\"},"
                + "\"" + RANGE_KEY + "\":{\"S\":\"" + sk + "\"},"
                + "\"" + COUNTER + "\":{\"N\":\"0\"},"
                + "\"status\":{\"S\":\"ACTIVE\"},"
                + "\"createdAt\":{\"S\":\"2024-01-01T00:00:00Z\"},"
                + "\"tags\":{\"SS\":[\"red\",\"green\",\"blue\"]},"
                + "\"address\":{\"M\":{\"street\":{\"S\":\"1 Main Street\"},\"city\":{\"S\":\"Springfield\"},"
                + "\"zip\":{\"S\":\"12345\"}}},"
                + "\"payload\":{\"S\":\"" + PAYLOAD + "\"}}";
    }

    private static String zeroPadded(int n, int width) {
        String digits = Integer.toString(n);
        if (n < 0 || digits.length() > width) {
            throw new IllegalArgumentException("key number " + n + " does not fit " + width + " digits");
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Printable ASCII that needs no JSON escaping and does not repeat in short cycles. */
    private static String payload(int length) {
        StringBuilder s = new StringBuilder(length);
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            s.append((char) ('a' + Math.floorMod(state, 26)));
        }
        return s.toString();
    }
}
