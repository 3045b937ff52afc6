package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.target.Tables.attribute;
import static io.stratus.conformance.target.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static io.stratus.conformance.dynamodb.ErrorAssertions.assertValidation;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

@ConformanceTest
class CreateTableTest {

    @Nested
    class Succeeds {

        @Test
        void createTableWithHashKeyOnlyEchoesTheKeySchema(Tables tables) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                    .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));

            assertThat(table.keySchema()).containsExactly(key("id", KeyType.HASH));
            assertThat(table.attributeDefinitions()).containsExactly(attribute("id", ScalarAttributeType.S));
            assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(1L);
            assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(1L);
        }

        @Test
        void createTableWithHashAndRangeKeyEchoesBothKeys(Tables tables) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                            attribute("sk", ScalarAttributeType.B))
                    .billingMode(BillingMode.PAY_PER_REQUEST));

            assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
            assertThat(table.attributeDefinitions()).containsExactlyInAnyOrder(
                    attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.B));
        }

        @Test
        void createTableWithPayPerRequestReportsZeroThroughputAndTheBillingMode(Tables tables) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.N))
                    .billingMode(BillingMode.PAY_PER_REQUEST));

            assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
            assertThat(table.provisionedThroughput().writeCapacityUnits()).isZero();
            assertThat(table.provisionedThroughput().numberOfDecreasesToday()).isZero();
        }

        @Test
        void createTableWithProvisionedThroughputEchoesTheCapacity(Tables tables) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                    .billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(t -> t.readCapacityUnits(3L).writeCapacityUnits(2L)));

            assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
            assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(2L);
            assertThat(table.provisionedThroughput().numberOfDecreasesToday()).isZero();
        }

        @Test
        void createTableWithTagsAndServerSideEncryptionDescribesKmsEncryption(Tables tables, Target target) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .tags(Tag.builder().key("team").value("payments").build())
                    .sseSpecification(s -> s.enabled(true)));

            TableDescription described = target.dynamo().describeTable(r -> r.tableName(table.tableName())).table();
            assertThat(described.sseDescription()).isNotNull();
            assertThat(described.sseDescription().status()).isEqualTo(SSEStatus.ENABLED);
            assertThat(described.sseDescription().sseType()).isEqualTo(SSEType.KMS);
        }

        @Test
        void createTableWithSecondaryIndexesEchoesTheirDefinitions(Tables tables, Target target) {
            TableDescription table = tables.create(b -> b
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                            attribute("sk", ScalarAttributeType.S),
                            attribute("lsk", ScalarAttributeType.N),
                            attribute("gpk", ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-lsk")
                            .keySchema(key("pk", KeyType.HASH), key("lsk", KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                            .build())
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-gpk")
                            .keySchema(key("gpk", KeyType.HASH))
                            .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                    .nonKeyAttributes("title").build())
                            .build()));

            TableDescription described = target.dynamo().describeTable(r -> r.tableName(table.tableName())).table();
            assertThat(described.localSecondaryIndexes()).hasSize(1);
            LocalSecondaryIndexDescription lsi = described.localSecondaryIndexes().get(0);
            assertThat(lsi.indexName()).isEqualTo("by-lsk");
            assertThat(lsi.keySchema()).containsExactly(key("pk", KeyType.HASH), key("lsk", KeyType.RANGE));
            assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
            assertThat(lsi.indexArn()).isEqualTo(described.tableArn() + "/index/by-lsk");
            assertThat(lsi.itemCount()).isZero();
            assertThat(lsi.indexSizeBytes()).isZero();

            assertThat(described.globalSecondaryIndexes()).hasSize(1);
            GlobalSecondaryIndexDescription gsi = described.globalSecondaryIndexes().get(0);
            assertThat(gsi.indexName()).isEqualTo("by-gpk");
            assertThat(gsi.keySchema()).containsExactly(key("gpk", KeyType.HASH));
            assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(gsi.projection().nonKeyAttributes()).containsExactly("title");
            assertThat(gsi.indexStatusAsString()).isEqualTo("ACTIVE");
            assertThat(gsi.indexArn()).isEqualTo(described.tableArn() + "/index/by-gpk");
            assertThat(gsi.itemCount()).isZero();
            assertThat(gsi.indexSizeBytes()).isZero();
        }
    }

    @Nested
    class IsRejected {

        @Test
        void createTableOfAnExistingNameIsRejectedAsInUse(Tables tables, Target target) {
            String name = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().createTable(hashOnly(name)))
                    .satisfies(e -> assertError(e, ResourceInUseException.class, AwsMessages.tableAlreadyExists(name)));
        }

        @Test
        void createTableWithInvalidCharactersInTheNameIsRejected(Target target) {
            assertThatThrownBy(() -> target.dynamo().createTable(hashOnly("bad;name")))
                    .satisfies(e -> assertValidation(e, "1 validation error detected: Value 'bad;name' at "
                            + "'tableName' failed to satisfy constraint: Member must satisfy regular expression "
                            + "pattern: [a-zA-Z0-9_.-]+"));
        }

        @Test
        void createTableWithAKeyThatHasNoAttributeDefinitionIsRejected(Target target) {
            CreateTableRequest request = CreateTableRequest.builder()
                    .tableName(Tables.uniqueName("undefined-key"))
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("other", ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build();

            assertThatThrownBy(() -> target.dynamo().createTable(request))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter(
                            "Some index key attributes are not defined in AttributeDefinitions. "
                                    + "Keys: [id], AttributeDefinitions: [other]")));
        }

        @Test
        void createTableWithAnAttributeDefinitionNoKeyUsesIsRejected(Target target) {
            CreateTableRequest request = CreateTableRequest.builder()
                    .tableName(Tables.uniqueName("extra-definition"))
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S),
                            attribute("extra", ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build();

            assertThatThrownBy(() -> target.dynamo().createTable(request))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter(
                            "Number of attributes in KeySchema does not exactly match number of attributes "
                                    + "defined in AttributeDefinitions")));
        }

        @Test
        void createTableWithPayPerRequestAndProvisionedThroughputIsRejected(Target target) {
            CreateTableRequest request = hashOnly(Tables.uniqueName("ppr-throughput")).toBuilder()
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
                    .build();

            assertThatThrownBy(() -> target.dynamo().createTable(request))
                    .satisfies(e -> assertValidation(e, AwsMessages.THROUGHPUT_WITH_PAY_PER_REQUEST));
        }
    }

    private static CreateTableRequest hashOnly(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }
}
