package io.stratus.conformance.dynamodb.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@ConformanceTest
class QueryAndScanTest {

    private static DynamoDbTable<Reading> readings(Tables tables, Target target) {
        DynamoDbTable<Reading> table = ConditionalWritesTest.ReadingTables.create(tables, target);
        for (String at : List.of("2024-01-01", "2024-01-02", "2024-02-01", "2024-02-15", "2024-03-01", "2025-01-01")) {
            table.putItem(new Reading("s1", at, at.hashCode() % 100, "n" + at));
        }
        table.putItem(new Reading("s2", "2024-01-01", 0, "other sensor"));
        return table;
    }

    private static List<String> ats(Iterable<Reading> items) {
        List<String> ats = new ArrayList<>();
        items.forEach(r -> ats.add(r.getAt()));
        return ats;
    }

    @Test
    void enhancedQueryItemsPagesThroughSmallLimits(Tables tables, Target target) {
        DynamoDbTable<Reading> table = readings(tables, target);

        List<Page<Reading>> pages = new ArrayList<>();
        table.query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("s1"))).limit(2))
                .forEach(pages::add);
        List<String> all = ats(table.query(r -> r.queryConditional(
                QueryConditional.keyEqualTo(k -> k.partitionValue("s1"))).limit(2)).items());

        assertThat(all).containsExactly("2024-01-01", "2024-01-02", "2024-02-01", "2024-02-15", "2024-03-01", "2025-01-01");
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void enhancedQuerySortConditionals(Tables tables, Target target) {
        DynamoDbTable<Reading> table = readings(tables, target);

        assertThat(ats(table.query(r -> r.queryConditional(QueryConditional.sortBeginsWith(
                k -> k.partitionValue("s1").sortValue("2024-02")))).items()))
                .containsExactly("2024-02-01", "2024-02-15");
        assertThat(ats(table.query(r -> r.queryConditional(QueryConditional.sortBetween(
                Key.builder().partitionValue("s1").sortValue("2024-01-02").build(),
                Key.builder().partitionValue("s1").sortValue("2024-03-01").build())).scanIndexForward(false)).items()))
                .containsExactly("2024-03-01", "2024-02-15", "2024-02-01", "2024-01-02");
        assertThat(ats(table.query(r -> r.queryConditional(QueryConditional.sortGreaterThan(
                k -> k.partitionValue("s1").sortValue("2024-03-01")))).items()))
                .containsExactly("2025-01-01");
    }

    @Test
    void enhancedScanWithAFilterExpression(Tables tables, Target target) {
        DynamoDbTable<Reading> table = readings(tables, target);
        Expression filter = Expression.builder().expression("begins_with(#at, :year)")
                .putExpressionName("#at", "at").putExpressionValue(":year", AttributeValue.fromS("2024-01")).build();

        List<Reading> found = new ArrayList<>();
        table.scan(r -> r.filterExpression(filter).limit(3)).items().forEach(found::add);

        assertThat(found).extracting(Reading::getSensor).containsExactlyInAnyOrder("s1", "s1", "s2");
    }

    @Test
    void queryFilterCountsScannedAndMatchedItems(Tables tables, Target target) {
        DynamoDbTable<Reading> table = readings(tables, target);
        QueryResponse response = target.dynamo().query(r -> r.tableName(table.tableName())
                .keyConditionExpression("sensor = :s AND #at >= :from")
                .filterExpression("note = :note")
                .expressionAttributeNames(Map.of("#at", "at"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("s1"), ":from", AttributeValue.fromS("2024-02"),
                        ":note", AttributeValue.fromS("n2024-03-01"))));

        assertThat(response.count()).isEqualTo(1);
        assertThat(response.scannedCount()).isEqualTo(4);
    }

    @Test
    void parallelScanSegmentsCoverTheTableOnce(Tables tables, Target target) {
        DynamoDbTable<Reading> table = readings(tables, target);
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int s = segment;
            ScanResponse part = target.dynamo().scan(r -> r.tableName(table.tableName()).segment(s).totalSegments(3));
            total += part.count();
        }
        assertThat(total).isEqualTo(7);
    }

    @Test
    void scanSegmentNotBelowTotalSegmentsIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();
        assertThatThrownBy(() -> target.dynamo().scan(r -> r.tableName(table).segment(2).totalSegments(2)))
                .isExactlyInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage()).isEqualTo(
                        "The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                                + "Segment: 2 is not less than TotalSegments: 2"));
    }

    @Test
    void batchWriteThenBatchGet(Tables tables, Target target) {
        String table = tables.hashTable();
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "pk", AttributeValue.fromS("k" + i), "v", AttributeValue.fromN(Integer.toString(i)))).build()).build());
        }
        assertThat(target.dynamo().batchWriteItem(r -> r.requestItems(Map.of(table, writes))).unprocessedItems()).isEmpty();

        BatchGetItemResponse read = target.dynamo().batchGetItem(r -> r.requestItems(Map.of(table,
                KeysAndAttributes.builder().keys(Map.of("pk", AttributeValue.fromS("k3")), Map.of("pk", AttributeValue.fromS("k24")))
                        .projectionExpression("v").consistentRead(true).build())));

        assertThat(read.responses().get(table)).containsExactlyInAnyOrder(
                Map.of("v", AttributeValue.fromN("3")), Map.of("v", AttributeValue.fromN("24")));
        assertThat(read.unprocessedKeys()).isEmpty();
    }

    @Test
    void batchWriteWithDuplicateKeysIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();
        WriteRequest put = WriteRequest.builder().putRequest(PutRequest.builder()
                .item(Map.of("pk", AttributeValue.fromS("same"))).build()).build();
        assertThatThrownBy(() -> target.dynamo().batchWriteItem(r -> r.requestItems(Map.of(table, List.of(put, put)))))
                .isExactlyInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                        .isEqualTo("Provided list of item keys contains duplicates"));
    }
}
