package io.stratus.examples.items.store;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The users table ({@code userId} key): one profile per token subject. */
public final class ProfileStore {

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    /** A store over {@code table}. */
    public ProfileStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /**
     * The profile of {@code userId}.
     *
     * @throws ItemsException 404 when the user has not saved one yet
     */
    public Profile get(String userId) {
        Map<String, AttributeValue> found = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS(userId))).consistentRead(true)).item();
        if (found == null || found.isEmpty()) {
            throw ItemsException.notFound("profile");
        }
        AttributeValue email = found.get("email");
        return new Profile(userId, found.get("displayName").s(), email == null ? null : email.s(),
                found.get("updatedAt").s());
    }

    /** Creates or replaces the profile of {@code userId}; last write wins, as a user edits only their own. */
    public Profile save(String userId, String displayName, String email) {
        Profile profile = new Profile(userId, displayName, email, Instant.now(clock).toString());
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("userId", AttributeValue.fromS(userId));
        item.put("displayName", AttributeValue.fromS(displayName));
        item.put("updatedAt", AttributeValue.fromS(profile.updatedAt()));
        if (email != null) {
            item.put("email", AttributeValue.fromS(email));
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
        return profile;
    }
}
