package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static io.stratus.conformance.target.Tables.attribute;
import static io.stratus.conformance.target.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ConformanceTest
class UpdateTableTest {

    @Test
    void updateTableSwitchesAProvisionedTableToPayPerRequest(Tables tables, Target target) {
        String name = provisioned(tables);

        target.dynamo().updateTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST));
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));

        TableDescription table = target.dynamo().describeTable(r -> r.tableName(name)).table();
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNotNull();
        assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isZero();
    }

    @Test
    void updateTableChangesTheProvisionedThroughput(Tables tables, Target target) {
        String name = provisioned(tables);

        target.dynamo().updateTable(r -> r.tableName(name)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(6L)));
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));

        TableDescription table = target.dynamo().describeTable(r -> r.tableName(name)).table();
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(6L);
        assertThat(table.provisionedThroughput().lastIncreaseDateTime()).isNotNull();
    }

    @Test
    void updateTableOfAMissingTableIsNotFound(Target target) {
        String name = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamo().updateTable(r -> r.tableName(name)
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.tableNotFound(name)));
    }

    private static String provisioned(Tables tables) {
        return tables.create(b -> b.keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))).tableName();
    }
}
