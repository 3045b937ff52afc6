package io.stratus.conformance.target;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Uniquely named tables for one test: created through the target's client, waited for until ACTIVE
 * (instant on Stratus, seconds on AWS) and deleted when the test ends.
 */
public final class Tables implements AutoCloseable {

    /** Every table the suite creates starts with this, so leftovers in a real account are easy to spot. */
    public static final String PREFIX = "stratus-ct-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Target target;
    private final List<String> created = new ArrayList<>();

    Tables(Target target) {
        this.target = target;
    }

    /** A fresh table name that no other test uses; {@code hint} makes failures readable. */
    public static String uniqueName(String hint) {
        StringBuilder name = new StringBuilder(PREFIX).append(hint.toLowerCase(Locale.ROOT)).append('-');
        for (int i = 0; i < 10; i++) {
            name.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return name.toString();
    }

    /** A PAY_PER_REQUEST table with a string partition key {@code pk}. */
    public String hashTable() {
        return hashTable(uniqueName("t"));
    }

    /** A PAY_PER_REQUEST table named {@code name} with a string partition key {@code pk}. */
    public String hashTable(String name) {
        return create(name, b -> b.keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)).tableName();
    }

    /** A PAY_PER_REQUEST table with string partition key {@code pk} and number sort key {@code sk}. */
    public String hashRangeTable() {
        return create(b -> b.keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST)).tableName();
    }

    /** Creates a table under a fresh name (the request's own name is replaced) and waits until it is ACTIVE. */
    public TableDescription create(Consumer<CreateTableRequest.Builder> request) {
        return create(uniqueName("t"), request);
    }

    /** Creates a table under {@code name} (which should come from {@link #uniqueName}) and waits until it is ACTIVE. */
    public TableDescription create(String name, Consumer<CreateTableRequest.Builder> request) {
        CreateTableRequest.Builder builder = CreateTableRequest.builder();
        request.accept(builder);
        TableDescription description = target.dynamo().createTable(builder.tableName(name).build()).tableDescription();
        track(name);
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));
        return description;
    }

    /** Registers a table created by other means (the Enhanced client, a raw request) for deletion. */
    public void track(String tableName) {
        created.add(tableName);
    }

    /** A key schema element. */
    public static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    /** An attribute definition. */
    public static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    @Override
    public void close() {
        for (String name : created) {
            try {
                target.dynamo().deleteTable(r -> r.tableName(name));
            } catch (ResourceNotFoundException alreadyGone) {
                // The test deleted it itself.
            }
        }
        created.clear();
    }
}
