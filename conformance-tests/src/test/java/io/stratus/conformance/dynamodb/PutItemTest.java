package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static io.stratus.conformance.dynamodb.ErrorAssertions.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

@ConformanceTest
class PutItemTest {

    /** DynamoDB's item size limit, 400 KB, counted as attribute-name plus value bytes. */
    static final int MAX_ITEM_SIZE = 400 * 1024;

    @Nested
    class Succeeds {

        @Test
        void putItemThenGetItemRoundTripsAllTenAttributeTypesExactly(Tables tables, Target target) {
            String table = tables.hashTable();
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("pk", AttributeValue.fromS("all-types"));
            item.put("s", AttributeValue.fromS("héllo wörld ✓"));
            item.put("emptyS", AttributeValue.fromS(""));
            item.put("n", AttributeValue.fromN("-12.5"));
            item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xff})));
            item.put("ss", AttributeValue.fromSs(List.of("a", "b", "c")));
            item.put("ns", AttributeValue.fromNs(List.of("1", "2.5", "-3")));
            item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String("y"))));
            item.put("m", AttributeValue.fromM(Map.of("inner", AttributeValue.fromS("v"),
                    "deeper", AttributeValue.fromM(Map.of("n", AttributeValue.fromN("7"))))));
            item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("first"), AttributeValue.fromN("2"),
                    AttributeValue.fromBool(false), AttributeValue.fromNul(true))));
            item.put("nul", AttributeValue.fromNul(true));
            item.put("bool", AttributeValue.fromBool(true));

            target.dynamo().putItem(r -> r.tableName(table).item(item));
            Map<String, AttributeValue> read = target.dynamo()
                    .getItem(r -> r.tableName(table).key(Map.of("pk", item.get("pk"))).consistentRead(true)).item();

            assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(item.keySet());
            for (String name : List.of("pk", "s", "emptyS", "n", "b", "m", "l", "nul", "bool")) {
                assertThat(read.get(name)).as(name).isEqualTo(item.get(name));
            }
            // Sets come back in no particular order.
            assertThat(read.get("ss").ss()).containsExactlyInAnyOrderElementsOf(item.get("ss").ss());
            assertThat(read.get("ns").ns()).containsExactlyInAnyOrderElementsOf(item.get("ns").ns());
            assertThat(read.get("bs").bs()).containsExactlyInAnyOrderElementsOf(item.get("bs").bs());
        }

        @ParameterizedTest(name = "{0} is stored as {1}")
        @CsvSource({"1.0, 1", "-0, 0", "1E+2, 100", "0.50, 0.5", "00012, 12", "-1.5e-3, -0.0015"})
        void putItemNormalisesNumbers(String written, String read, Tables tables, Target target) {
            String table = tables.hashTable();
            target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("n"), "n", AttributeValue.fromN(written))));

            Map<String, AttributeValue> item = target.dynamo()
                    .getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("n")))).item();

            assertThat(item.get("n").n()).isEqualTo(read);
        }

        @Test
        void putItemWithReturnValuesAllOldReturnsNothingForANewItemAndThePreviousItemAfterwards(
                Tables tables, Target target) {
            String table = tables.hashTable();
            Map<String, AttributeValue> first = Map.of("pk", AttributeValue.fromS("k"), "v", AttributeValue.fromN("1"));
            Map<String, AttributeValue> second = Map.of("pk", AttributeValue.fromS("k"), "v", AttributeValue.fromN("2"));

            PutItemResponse created = target.dynamo()
                    .putItem(r -> r.tableName(table).item(first).returnValues(ReturnValue.ALL_OLD));
            PutItemResponse replaced = target.dynamo()
                    .putItem(r -> r.tableName(table).item(second).returnValues(ReturnValue.ALL_OLD));

            assertThat(created.hasAttributes()).isFalse();
            assertThat(replaced.attributes()).isEqualTo(first);
        }

        @Test
        void putItemOfAOneKilobyteItemConsumesOneWriteCapacityUnit(Tables tables, Target target) {
            String table = tables.hashTable();
            // "pk" + "k" + "data" + 1017 bytes = 1024 bytes: one write unit.
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("k"),
                    "data", AttributeValue.fromS("x".repeat(1024 - 2 - 1 - 4)));

            PutItemResponse response = target.dynamo().putItem(r -> r.tableName(table).item(item)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

            assertThat(response.consumedCapacity().tableName()).isEqualTo(table);
            assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(1.0);
        }

        @Test
        void putItemOfAnItemOfExactlyFourHundredKilobytesIsAccepted(Tables tables, Target target) {
            String table = tables.hashTable();

            target.dynamo().putItem(r -> r.tableName(table).item(itemOfSize(MAX_ITEM_SIZE)));

            assertThat(target.dynamo().getItem(r -> r.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("big")))).item().get("data").s())
                    .hasSize(MAX_ITEM_SIZE - 2 - 3 - 4);
        }

        @Test
        void putItemWithADocumentNestedThirtyOneLevelsIsAccepted(Tables tables, Target target) {
            String table = tables.hashTable();

            target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("deep"), "data", nestedMaps(31))));

            assertThat(target.dynamo().getItem(r -> r.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("deep")))).item().get("data")).isEqualTo(nestedMaps(31));
        }
    }

    @Nested
    class IsRejected {

        @Test
        void putItemIntoAMissingTableIsNotFound(Target target) {
            String table = Tables.uniqueName("missing");

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromS("a")))))
                    .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.RESOURCE_NOT_FOUND));
        }

        @Test
        void putItemWithoutThePartitionKeyIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("other", AttributeValue.fromS("a")))))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter("Missing the key pk in the item")));
        }

        @Test
        void putItemWithoutTheSortKeyIsRejected(Tables tables, Target target) {
            String table = tables.hashRangeTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromS("a")))))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter("Missing the key sk in the item")));
        }

        @Test
        void putItemWithAKeyOfTheWrongTypeIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromN("1")))))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter(
                            "Type mismatch for key pk expected: S actual: N")));
        }

        @Test
        void putItemWithAnEmptyStringKeyIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromS("")))))
                    .satisfies(e -> assertValidation(e, "One or more parameter values are not valid. The "
                            + "AttributeValue for a key attribute cannot contain an empty string value. Key: pk"));
        }

        @Test
        void putItemWithEmptyStringSetIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("a"), "set", AttributeValue.builder().ss(List.of()).build()))))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter("An string set  may not be empty")));
        }

        @Test
        void putItemWithDuplicateStringSetMembersIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("a"), "set", AttributeValue.fromSs(List.of("a", "a"))))))
                    .satisfies(e -> assertValidation(e, AwsMessages.invalidParameter(
                            "Input collection [a, a] contains duplicates.")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "123456789012345678901234567890123456789 | " + AwsMessages.TOO_MANY_DIGITS,
            "-1.23456789012345678901234567890123456789 | " + AwsMessages.TOO_MANY_DIGITS,
            "1e126 | " + AwsMessages.NUMBER_OVERFLOW,
            "-1e126 | " + AwsMessages.NUMBER_OVERFLOW,
            "1e-131 | " + AwsMessages.NUMBER_UNDERFLOW,
        })
        void putItemWithANumberOutOfDynamoDbsRangeIsRejected(String number, String message, Tables tables,
                Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("a"), "n", AttributeValue.fromN(number)))))
                    .satisfies(e -> assertValidation(e, message));
        }

        @Test
        void putItemOfAnItemOneByteOverFourHundredKilobytesIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(itemOfSize(MAX_ITEM_SIZE + 1))))
                    .satisfies(e -> assertValidation(e, AwsMessages.ITEM_TOO_LARGE));
        }

        @Test
        void putItemWithADocumentNestedThirtyTwoLevelsIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("deep"), "data", nestedMaps(32)))))
                    .satisfies(e -> assertValidation(e, AwsMessages.NESTING_TOO_DEEP));
        }

        @Test
        void putItemWithReturnValuesAllNewIsRejected(Tables tables, Target target) {
            String table = tables.hashTable();

            assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromS("a"))).returnValues(ReturnValue.ALL_NEW)))
                    .satisfies(e -> assertValidation(e, "ReturnValues can only be ALL_OLD or NONE"));
        }
    }

    /** An item of exactly {@code size} bytes by AWS's rules: key "pk"="big" (5 bytes) + "data" + the filler. */
    static Map<String, AttributeValue> itemOfSize(int size) {
        return Map.of("pk", AttributeValue.fromS("big"), "data", AttributeValue.fromS("a".repeat(size - 2 - 3 - 4)));
    }

    /** A string wrapped in {@code depth} single-entry maps; the attribute itself is level 1. */
    static AttributeValue nestedMaps(int depth) {
        AttributeValue value = AttributeValue.fromS("leaf");
        for (int i = 0; i < depth; i++) {
            value = AttributeValue.fromM(Map.of("n", value));
        }
        return value;
    }
}
