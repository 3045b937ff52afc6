package io.stratus.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stratus.bench.data.SampleItems;

/**
 * One parsed request whose partition key is rewritten in place to the next of the seeded keys on
 * every call: the key values are ready JSON nodes, so moving to the next key swaps one reference
 * instead of allocating inside the measurement. Not thread-safe: each benchmark thread owns one.
 */
final class KeyCycle {
    private final JsonNode body;
    private final ObjectNode partitionKey;
    private final TextNode[] keys;
    private int next;

    /** Cycles the partition key found under {@code member} ({@code Item} or {@code Key}) of {@code body}. */
    KeyCycle(JsonNode body, String member) {
        this.body = body;
        this.partitionKey = (ObjectNode) body.get(member).get(SampleItems.HASH_KEY);
        this.keys = new TextNode[EngineFixture.ITEMS];
        for (int n = 0; n < keys.length; n++) {
            keys[n] = TextNode.valueOf(SampleItems.partitionKey(n));
        }
    }

    /** The request, now addressing the next key. */
    JsonNode next() {
        partitionKey.set("S", keys[next]);
        next = (next + 1) % keys.length;
        return body;
    }
}
