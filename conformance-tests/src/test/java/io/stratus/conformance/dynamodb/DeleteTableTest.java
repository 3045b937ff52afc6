package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ConformanceTest
class DeleteTableTest {

    @Test
    void deleteTableReturnsTheDescriptionInDeletingStateAndTheTableGoesAway(Tables tables, Target target) {
        String name = tables.hashTable();

        TableDescription deleted = target.dynamo().deleteTable(r -> r.tableName(name)).tableDescription();
        target.dynamo().waiter().waitUntilTableNotExists(r -> r.tableName(name));

        assertThat(deleted.tableName()).isEqualTo(name);
        assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThat(target.dynamo().listTables(r -> r.exclusiveStartTableName(name).limit(1)).tableNames())
                .doesNotContain(name);
        assertThatThrownBy(() -> target.dynamo().describeTable(r -> r.tableName(name)))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.tableNotFound(name)));
    }

    @Test
    void deleteTableOfAMissingTableIsNotFound(Target target) {
        String name = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamo().deleteTable(r -> r.tableName(name)))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.tableNotFound(name)));
    }

    @Test
    void waitUntilTableExistsReturnsForAnActiveTable(Tables tables, Target target) {
        String name = tables.hashTable();

        var response = target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));

        assertThat(response.matched().response()).hasValueSatisfying(
                r -> assertThat(r.table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
        if (target.isStratus()) {
            // Stratus tables are ACTIVE at once, so the waiter's first poll succeeds.
            assertThat(response.attemptsExecuted()).isEqualTo(1);
        }
    }
}
