package io.stratus.conformance.dynamodb.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Queries on secondary indexes through {@code DynamoDbClient} and the Enhanced client: paging with
 * small limits over equal index keys (where a LastEvaluatedKey without the table key would repeat or
 * loop), the keys a LastEvaluatedKey carries, and a local index read with strong consistency.
 * Global indexes are eventually consistent on AWS, so reads of them wait until the writes show.
 */
@ConformanceTest
class IndexQueryTest {

    /** Open tickets in the order byStatus returns them: by opening time, then by id. */
    private static final List<String> OPEN_IN_INDEX_ORDER = List.of("t2", "t5", "t7", "t1", "t4", "t3", "t9");

    private static DynamoDbTable<Ticket> tickets(Tables tables, Target target) {
        String name = Tables.uniqueName("tickets");
        DynamoDbTable<Ticket> table = target.enhanced().table(name, TableSchema.fromBean(Ticket.class));
        table.createTable(b -> b.provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))
                .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder().indexName(Ticket.BY_STATUS)
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)).build()));
        tables.track(name);
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));
        // several tickets share an opening time: their index keys are equal
        int[] opened = {2, 1, 3, 2, 1, 0, 1, 0, 3};
        for (int i = 1; i <= 9; i++) {
            String status = i == 6 || i == 8 ? "closed" : "open";
            table.putItem(new Ticket("t" + i, status, opened[i - 1], "ticket " + i));
        }
        return table;
    }

    /** Retries {@code read} until it returns {@code expected}: GSIs on AWS catch up asynchronously. */
    private static <T> T eventually(Supplier<T> read, T expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T last = read.get();
        while (!last.equals(expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }

    @Test
    void enhancedIndexQueryPagesThroughEqualIndexKeysWithoutRepeatsOrLoops(Tables tables, Target target) {
        DynamoDbIndex<Ticket> byStatus = tickets(tables, target).index(Ticket.BY_STATUS);
        QueryConditional open = QueryConditional.keyEqualTo(k -> k.partitionValue("open"));

        List<String> ids = eventually(() -> {
            List<String> seen = new ArrayList<>();
            int pages = 0;
            for (Page<Ticket> page : byStatus.query(r -> r.queryConditional(open).limit(2))) {
                page.items().forEach(t -> seen.add(t.getId()));
                assertThat(++pages).as("pages of a 7-item partition read 2 at a time").isLessThanOrEqualTo(5);
            }
            return seen;
        }, OPEN_IN_INDEX_ORDER);

        assertThat(ids).containsExactlyElementsOf(OPEN_IN_INDEX_ORDER);
    }

    @Test
    void enhancedIndexQueryInReverseWithASortCondition(Tables tables, Target target) {
        DynamoDbIndex<Ticket> byStatus = tickets(tables, target).index(Ticket.BY_STATUS);
        QueryConditional openSinceOne = QueryConditional.sortGreaterThanOrEqualTo(
                k -> k.partitionValue("open").sortValue(1));

        List<String> ids = eventually(() -> {
            List<String> seen = new ArrayList<>();
            byStatus.query(r -> r.queryConditional(openSinceOne).scanIndexForward(false).limit(3))
                    .forEach(page -> page.items().forEach(t -> seen.add(t.getId())));
            return seen;
        }, List.of("t9", "t3", "t4", "t1", "t7", "t5", "t2"));

        assertThat(ids).containsExactly("t9", "t3", "t4", "t1", "t7", "t5", "t2");
    }

    @Test
    void aLastEvaluatedKeyOfAGlobalIndexCarriesTheIndexKeyAndTheTableKey(Tables tables, Target target) {
        String name = tickets(tables, target).tableName();
        Map<String, AttributeValue> open = Map.of(":s", AttributeValue.fromS("open"));
        eventually(() -> target.dynamo().query(r -> r.tableName(name).indexName(Ticket.BY_STATUS)
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(open).select(Select.COUNT)).count(), 7);

        QueryResponse first = target.dynamo().query(r -> r.tableName(name).indexName(Ticket.BY_STATUS)
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(open).limit(2));

        assertThat(first.lastEvaluatedKey()).containsOnlyKeys("status", "opened", "id");
        assertThat(first.lastEvaluatedKey().get("id").s()).isEqualTo("t5");

        Set<String> seen = new HashSet<>();
        target.dynamo().queryPaginator(r -> r.tableName(name).indexName(Ticket.BY_STATUS)
                        .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(open).limit(3)).items()
                .forEach(item -> assertThat(seen.add(item.get("id").s())).as("read twice: %s", item).isTrue());
        assertThat(seen).hasSize(7);
    }

    @Test
    void consistentReadsOfAGlobalIndexAreRefused(Tables tables, Target target) {
        String name = tickets(tables, target).tableName();

        assertThatThrownBy(() -> target.dynamo().query(r -> r.tableName(name).indexName(Ticket.BY_STATUS)
                .consistentRead(true).keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("open")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Consistent reads are not supported on global secondary indexes");
                });
    }

    @Test
    void aLocalIndexReadsConsistentlyAndFetchesUnprojectedAttributes(Tables tables, Target target) {
        String name = tables.create(b -> b
                .keySchema(Tables.key("pk", KeyType.HASH), Tables.key("sk", KeyType.RANGE))
                .attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S),
                        Tables.attribute("sk", ScalarAttributeType.S), Tables.attribute("total", ScalarAttributeType.N))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTotal")
                        .keySchema(Tables.key("pk", KeyType.HASH), Tables.key("total", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)).tableName();
        for (int i = 0; i < 5; i++) {
            int total = 40 - i * 10;
            target.dynamo().putItem(r -> r.tableName(name).item(Map.of("pk", AttributeValue.fromS("o"),
                    "sk", AttributeValue.fromS("s" + total), "total", AttributeValue.fromN(Integer.toString(total)),
                    "note", AttributeValue.fromS("n" + total))));
        }
        Map<String, AttributeValue> values = Map.of(":p", AttributeValue.fromS("o"), ":t", AttributeValue.fromN("10"));

        QueryResponse projected = target.dynamo().query(r -> r.tableName(name).indexName("byTotal").consistentRead(true)
                .keyConditionExpression("pk = :p AND #t >= :t").expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(values));
        List<String> totals = new ArrayList<>();
        projected.items().forEach(item -> totals.add(item.get("total").n()));
        assertThat(totals).containsExactly("10", "20", "30", "40");
        assertThat(projected.items().get(0)).containsOnlyKeys("pk", "sk", "total");

        QueryResponse whole = target.dynamo().query(r -> r.tableName(name).indexName("byTotal").consistentRead(true)
                .keyConditionExpression("pk = :p AND #t >= :t").expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(values).select(Select.ALL_ATTRIBUTES).limit(2));
        assertThat(whole.items().get(1).get("note").s()).isEqualTo("n20");
        assertThat(whole.lastEvaluatedKey()).containsOnlyKeys("pk", "sk", "total");
    }
}
