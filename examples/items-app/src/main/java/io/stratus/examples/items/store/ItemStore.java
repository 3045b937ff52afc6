package io.stratus.examples.items.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The items table, a single-table layout: {@code pk} is the category, {@code sk} the item id; the
 * {@code byStatus} index ({@code status}, {@code sk}) lists items of one status across categories in creation
 * order. Every write is conditional, so concurrent clients never overwrite each other silently.
 */
public final class ItemStore {

    /** The index that lists items by status. */
    public static final String BY_STATUS = "byStatus";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    /** A store over {@code table}. */
    public ItemStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** Stores a new item at version 1 under a fresh id. */
    public Item create(String category, ItemInput input) {
        Instant now = Instant.now(clock);
        Item item = new Item(category, ItemIds.next(now), input.name(), input.price(), input.status(), 1,
                now.toString());
        // Ids never collide in practice; the condition makes sure a collision could never overwrite.
        dynamo.putItem(r -> r.tableName(table).item(attributes(item)).conditionExpression("attribute_not_exists(pk)"));
        return item;
    }

    /**
     * The item {@code id} of {@code category}.
     *
     * @throws ItemsException 404 when there is none
     */
    public Item get(String category, String id) {
        Map<String, AttributeValue> found = dynamo.getItem(r -> r.tableName(table).key(key(category, id))
                .consistentRead(true)).item();
        if (found == null || found.isEmpty()) {
            throw ItemsException.notFound("item " + id);
        }
        return item(found);
    }

    /**
     * Replaces the item's fields if it is still at {@code expectedVersion}, and moves it to the next version.
     *
     * @throws ItemsException 404 when the item does not exist, 409 when another write got there first
     */
    public Item update(String category, String id, ItemInput input, long expectedVersion) {
        try {
            UpdateItemResponse updated = dynamo.updateItem(r -> r.tableName(table).key(key(category, id))
                    .updateExpression("SET #name = :name, price = :price, #status = :status, version = version + :one")
                    .conditionExpression("attribute_exists(pk) AND version = :expected")
                    // "name" and "status" are DynamoDB reserved words.
                    .expressionAttributeNames(Map.of("#name", "name", "#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":name", AttributeValue.fromS(input.name()),
                            ":price", AttributeValue.fromN(input.price().toPlainString()),
                            ":status", AttributeValue.fromS(input.status()),
                            ":one", AttributeValue.fromN("1"),
                            ":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                    .returnValues(ReturnValue.ALL_NEW)
                    // Tells "gone" from "changed" without a second read.
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return item(updated.attributes());
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                throw ItemsException.notFound("item " + id);
            }
            throw ItemsException.versionConflict(id, expectedVersion, item(e.item()).version());
        }
    }

    /**
     * Deletes the item.
     *
     * @throws ItemsException 404 when it does not exist
     */
    public void delete(String category, String id) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(key(category, id)).conditionExpression("attribute_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            throw ItemsException.notFound("item " + id);
        }
    }

    /** A page of one category's items, oldest first. */
    public Page inCategory(String category, int limit, String nextToken) {
        QueryResponse page = dynamo.query(r -> r.tableName(table)
                .keyConditionExpression("pk = :category")
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category)))
                .limit(limit)
                .exclusiveStartKey(PageToken.decode(nextToken)));
        return new Page(items(page.items()), PageToken.encode(page.lastEvaluatedKey()));
    }

    /** A page of the items with {@code status} in every category, newest first, from the {@code byStatus} index. */
    public Page withStatus(String status, int limit, String nextToken) {
        QueryResponse page = dynamo.query(r -> r.tableName(table).indexName(BY_STATUS)
                .keyConditionExpression("#status = :status")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status)))
                .scanIndexForward(false)
                .limit(limit)
                // On an index, LastEvaluatedKey carries the index key and the table key; the token keeps both.
                .exclusiveStartKey(PageToken.decode(nextToken)));
        return new Page(items(page.items()), PageToken.encode(page.lastEvaluatedKey()));
    }

    private static List<Item> items(List<Map<String, AttributeValue>> found) {
        return found.stream().map(ItemStore::item).toList();
    }

    private static Map<String, AttributeValue> key(String category, String id) {
        return Map.of("pk", AttributeValue.fromS(category), "sk", AttributeValue.fromS(id));
    }

    private static Map<String, AttributeValue> attributes(Item item) {
        Map<String, AttributeValue> attributes = new HashMap<>(key(item.category(), item.id()));
        attributes.put("name", AttributeValue.fromS(item.name()));
        attributes.put("price", AttributeValue.fromN(item.price().toPlainString()));
        attributes.put("status", AttributeValue.fromS(item.status()));
        attributes.put("version", AttributeValue.fromN(Long.toString(item.version())));
        attributes.put("createdAt", AttributeValue.fromS(item.createdAt()));
        return attributes;
    }

    private static Item item(Map<String, AttributeValue> attributes) {
        return new Item(
                attributes.get("pk").s(),
                attributes.get("sk").s(),
                attributes.get("name").s(),
                // Exact decimal as DynamoDB returns it, never through a double.
                new BigDecimal(attributes.get("price").n()),
                attributes.get("status").s(),
                Long.parseLong(attributes.get("version").n()),
                attributes.get("createdAt").s());
    }
}
