package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static io.stratus.conformance.dynamodb.ErrorAssertions.assertValidation;
import static io.stratus.conformance.target.Tables.attribute;
import static io.stratus.conformance.target.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ConformanceTest
class DescribeTableTest {

    /** Clock skew allowed between the test JVM and the target when checking CreationDateTime. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void describeTableOfAnActiveTableReportsEveryFieldAwsReturns(Tables tables, Target target) {
        Instant before = Instant.now();
        String name = tables.hashRangeTable();
        Instant after = Instant.now();

        TableDescription table = target.dynamo().describeTable(r -> r.tableName(name)).table();

        assertThat(table.tableName()).isEqualTo(name);
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(table.attributeDefinitions()).containsExactlyInAnyOrder(
                attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N));
        assertThat(table.creationDateTime()).isBetween(before.minus(SKEW), after.plus(SKEW));
        assertThat(table.itemCount()).isZero();
        assertThat(table.tableSizeBytes()).isZero();
        assertThat(table.tableId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        // Real tables created on demand report the creation time here (describe-table output
        // captured from AWS accounts shows the two timestamps equal).
        assertThat(table.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isEqualTo(table.creationDateTime());
        assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isZero();
        assertThat(table.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(table.deletionProtectionEnabled()).isFalse();
    }

    @Test
    void describeTableReportsAnArnWithTheRequestRegionAndTheAccount(Tables tables, Target target) {
        String name = tables.hashTable();

        String arn = target.dynamo().describeTable(r -> r.tableName(name)).table().tableArn();

        String account = target.expectedAccountId().orElse("[0-9]{12}");
        assertThat(arn).matches("arn:aws:dynamodb:" + target.region().id() + ":" + account + ":table/" + name);
    }

    @Test
    void describeTableOfAProvisionedTableCreatedWithoutBillingModeHasNoBillingModeSummary(
            Tables tables, Target target) {
        // AWS omits BillingModeSummary when the table was created without a BillingMode: "You may
        // need to switch to on-demand mode at least once in order to return a BillingModeSummary
        // response" (API reference, BillingModeSummary); gravitational/teleport#29557 hit this.
        String name = tables.create(b -> b.keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(4L).writeCapacityUnits(5L))).tableName();

        TableDescription table = target.dynamo().describeTable(r -> r.tableName(name)).table();

        assertThat(table.billingModeSummary()).isNull();
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(4L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(5L);
    }

    @Test
    void describeTableOfAMissingTableIsNotFound(Target target) {
        String name = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamo().describeTable(r -> r.tableName(name)))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.tableNotFound(name)));
    }

    @Test
    void describeTableWithATooShortNameIsRejected(Target target) {
        assertThatThrownBy(() -> target.dynamo().describeTable(r -> r.tableName("ab")))
                .satisfies(e -> assertValidation(e, "1 validation error detected: Value 'ab' at 'tableName' "
                        + "failed to satisfy constraint: Member must have length greater than or equal to 3"));
    }
}
