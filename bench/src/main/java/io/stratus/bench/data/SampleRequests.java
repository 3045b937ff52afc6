package io.stratus.bench.data;

/** The JSON bodies of the DynamoDB requests the benchmarks send, over {@link SampleItems}. */
public final class SampleRequests {

    /** The update both benchmarks run: an atomic counter, as {@code #c} because COUNT is a reserved word. */
    public static final String COUNTER_UPDATE = "SET #c = #c + :one";
    /**
     * A condition that always holds on a sample item but must be evaluated against the stored item:
     * the item exists and the counter is below a bound no run reaches.
     */
    public static final String COUNTER_CONDITION = "attribute_exists(#pk) AND #c < :max";

    /** BatchWriteItem accepts at most 25 requests per call. */
    public static final int BATCH_WRITE_LIMIT = 25;

    private SampleRequests() {
    }

    /** PutItem of the 1 KB item {@code (pk, sk)} into {@code table}. */
    public static String putItem(String table, String pk, String sk) {
        return "{\"TableName\":\"" + table + "\",\"Item\":" + SampleItems.item(pk, sk) + "}";
    }

    /** GetItem of {@code (pk, sk)}, strongly consistent or not. */
    public static String getItem(String table, String pk, String sk, boolean consistentRead) {
        return "{\"TableName\":\"" + table + "\",\"Key\":" + SampleItems.key(pk, sk)
                + ",\"ConsistentRead\":" + consistentRead + "}";
    }

    /** UpdateItem of {@code (pk, sk)} incrementing the counter under {@link #COUNTER_CONDITION}. */
    public static String updateCounter(String table, String pk, String sk) {
        return "{\"TableName\":\"" + table + "\",\"Key\":" + SampleItems.key(pk, sk)
                + ",\"UpdateExpression\":\"" + COUNTER_UPDATE + "\""
                + ",\"ConditionExpression\":\"" + COUNTER_CONDITION + "\""
                + ",\"ExpressionAttributeNames\":{\"#c\":\"" + SampleItems.COUNTER + "\",\"#pk\":\""
                + SampleItems.HASH_KEY + "\"}"
                + ",\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"},\":max\":{\"N\":\"1000000000000\"}}}";
    }

    /** Query of the whole partition {@code pk}. */
    public static String queryPartition(String table, String pk) {
        return "{\"TableName\":\"" + table + "\",\"KeyConditionExpression\":\"#pk = :pk\""
                + ",\"ExpressionAttributeNames\":{\"#pk\":\"" + SampleItems.HASH_KEY + "\"}"
                + ",\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"" + pk + "\"}}}";
    }

    /**
     * BatchWriteItem putting the items {@code (pk, sortKey(first))} … {@code (pk, sortKey(first + count - 1))};
     * at most {@link #BATCH_WRITE_LIMIT}.
     */
    public static String batchPut(String table, String pk, int first, int count) {
        if (count < 1 || count > BATCH_WRITE_LIMIT) {
            throw new IllegalArgumentException("a batch holds 1 to " + BATCH_WRITE_LIMIT + " items, not " + count);
        }
        StringBuilder body = new StringBuilder("{\"RequestItems\":{\"").append(table).append("\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"PutRequest\":{\"Item\":")
                    .append(SampleItems.item(pk, SampleItems.sortKey(first + i))).append("}}");
        }
        return body.append("]}}").toString();
    }
}
