package io.stratus.conformance.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.SdkClients;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The complete list of deliberate differences between Stratus and real DynamoDB. Each test asserts
 * that Stratus still differs, so a difference that goes away (or a new one) is noticed here rather
 * than in a user's build:
 *
 * <ol>
 *   <li>Tables are ACTIVE at once; AWS reports CREATING for a few seconds after CreateTable.</li>
 *   <li>Signatures are not verified; AWS rejects a request signed with an unknown key.</li>
 *   <li>Every ARN carries account {@value Target#STRATUS_ACCOUNT_ID}; AWS uses the caller's account.</li>
 *   <li>ItemCount and TableSizeBytes are exact at once, for the table and each secondary index;
 *       AWS refreshes them about every six hours.</li>
 *   <li>A global secondary index added by UpdateTable is built before UpdateTable returns and is
 *       ACTIVE at once; AWS reports it CREATING (backfilling) for minutes. Global indexes are also
 *       updated together with the item, where AWS propagates to them asynchronously (a difference
 *       no client can rely on, so it has no test).</li>
 * </ol>
 */
@ConformanceTest
class KnownDifferencesTest {

    @BeforeEach
    void onlyOnStratus(Target target) {
        assumeTrue(target.isStratus(), "these are the ways Stratus differs from AWS");
    }

    @Test
    void aNewTableIsActiveWithoutWaiting(Target target, Tables tables) {
        String name = Tables.uniqueName("instant");
        target.dynamo().createTable(r -> r.tableName(name)
                .keySchema(Tables.key("pk", KeyType.HASH))
                .attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        tables.track(name);

        assertThat(target.dynamo().describeTable(r -> r.tableName(name)).table().tableStatus())
                .isEqualTo(TableStatus.ACTIVE);
    }

    @Test
    void aRequestSignedWithUnknownCredentialsIsServed(Target target) {
        try (DynamoDbClient stranger = DynamoDbClient.builder()
                .endpointOverride(target.endpoint())
                .region(SdkClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("nobody", "wrong")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            assertThat(stranger.listTables().hasTableNames()).isTrue();
        }
    }

    @Test
    void everyArnCarriesTheFixedAccountId(Target target, Tables tables) {
        String name = tables.hashTable();

        assertThat(target.dynamo().describeTable(r -> r.tableName(name)).table().tableArn())
                .contains(":" + Target.STRATUS_ACCOUNT_ID + ":");
    }

    @Test
    void itemCountAndTableSizeAreUpToDateImmediately(Target target, Tables tables) {
        String name = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("a"))));
        target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("b"))));

        TableDescription table = target.dynamo().describeTable(r -> r.tableName(name)).table();

        assertThat(table.itemCount()).isEqualTo(2L);
        // Two items of "pk" (2 bytes) plus a one-byte value.
        assertThat(table.tableSizeBytes()).isEqualTo(6L);
    }

    @Test
    void indexStatisticsAreUpToDateImmediately(Target target, Tables tables) {
        String name = tables.create(b -> b.keySchema(Tables.key("pk", KeyType.HASH))
                .attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S),
                        Tables.attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG")
                        .keySchema(Tables.key("g", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)).tableName();
        target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("a"),
                "g", AttributeValue.fromS("x"))));
        target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("b"))));

        GlobalSecondaryIndexDescription index = target.dynamo().describeTable(r -> r.tableName(name)).table()
                .globalSecondaryIndexes().get(0);

        assertThat(index.itemCount()).isEqualTo(1L);
        // "pk" + "a" + "g" + "x"
        assertThat(index.indexSizeBytes()).isEqualTo(5L);
    }

    @Test
    void aGlobalIndexAddedToALiveTableIsActiveAtOnce(Target target, Tables tables) {
        String name = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("a"),
                "g", AttributeValue.fromS("x"))));

        TableDescription updated = target.dynamo().updateTable(r -> r.tableName(name)
                .attributeDefinitions(Tables.attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byG")
                        .keySchema(Tables.key("g", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))).build())).tableDescription();

        GlobalSecondaryIndexDescription index = updated.globalSecondaryIndexes().get(0);
        assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(index.itemCount()).isEqualTo(1L);
        assertThat(target.dynamo().query(r -> r.tableName(name).indexName("byG").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("x")))).count()).isEqualTo(1);
    }
}
