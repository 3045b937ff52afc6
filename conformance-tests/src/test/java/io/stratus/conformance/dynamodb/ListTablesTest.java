package io.stratus.conformance.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

@ConformanceTest
class ListTablesTest {

    @Test
    void listTablesPagesWithLimitAndExclusiveStartTableName(Tables tables, Target target) {
        List<String> ours = threeTables(tables);

        ListTablesResponse page = target.dynamo().listTables(r -> r.exclusiveStartTableName(ours.get(0)).limit(1));

        assertThat(page.tableNames()).containsExactly(ours.get(1));
        assertThat(page.lastEvaluatedTableName()).isEqualTo(ours.get(1));

        ListTablesResponse next = target.dynamo().listTables(
                r -> r.exclusiveStartTableName(page.lastEvaluatedTableName()).limit(1));
        assertThat(next.tableNames()).containsExactly(ours.get(2));
    }

    @Test
    void listTablesPaginatorReturnsEveryTableInAscendingOrder(Tables tables, Target target) {
        List<String> ours = threeTables(tables);

        List<String> all = new ArrayList<>();
        target.dynamo().listTablesPaginator(r -> r.limit(2)).tableNames().forEach(all::add);

        assertThat(all).isSorted().doesNotHaveDuplicates();
        assertThat(all).containsSubsequence(ours);
    }

    @Test
    void listTablesStartsStrictlyAfterTheExclusiveStartTableName(Tables tables, Target target) {
        List<String> ours = threeTables(tables);

        ListTablesResponse page = target.dynamo().listTables(r -> r.exclusiveStartTableName(ours.get(2)));

        assertThat(page.tableNames()).doesNotContainAnyElementsOf(ours);
        if (page.tableNames().isEmpty()) {
            assertThat(page.lastEvaluatedTableName()).isNull();
        }
    }

    /** Three tables whose names share a random stem, so no other table sorts between them. */
    private static List<String> threeTables(Tables tables) {
        String stem = Tables.uniqueName("list");
        List<String> names = new ArrayList<>();
        for (String suffix : List.of("-a", "-b", "-c")) {
            names.add(tables.hashTable(stem + suffix));
        }
        return names;
    }
}
