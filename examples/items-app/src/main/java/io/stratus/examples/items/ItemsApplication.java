package io.stratus.examples.items;

import io.stratus.examples.items.store.ItemStore;
import io.stratus.examples.items.store.ProfileStore;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the handlers of this application share, built once per execution environment (in a handler's
 * constructor, i.e. during Lambda's init phase, not on each request).
 *
 * <p>The DynamoDB client is built with no endpoint, region or credentials in code: Lambda provides
 * {@code AWS_REGION} and credentials, and under Stratus the same variables (plus {@code AWS_ENDPOINT_URL})
 * point it at the emulator. Table names come from the template ({@code ITEMS_TABLE: !Ref ItemsTable}).
 */
public final class ItemsApplication {

    /** The environment variable naming the items table. */
    public static final String ITEMS_TABLE = "ITEMS_TABLE";

    /** The environment variable naming the users table. */
    public static final String USERS_TABLE = "USERS_TABLE";

    private ItemsApplication() {
    }

    /** The store over the table named by {@value #ITEMS_TABLE}. */
    public static ItemStore itemStore() {
        return new ItemStore(dynamoDb(), table(ITEMS_TABLE), Clock.systemUTC());
    }

    /** The store over the table named by {@value #USERS_TABLE}. */
    public static ProfileStore profileStore() {
        return new ProfileStore(dynamoDb(), table(USERS_TABLE), Clock.systemUTC());
    }

    private static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static String table(String variable) {
        String table = System.getenv(variable);
        if (table == null || table.isBlank()) {
            throw new IllegalStateException(variable + " is not set; the template's function must define it");
        }
        return table;
    }
}
