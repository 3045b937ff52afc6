package io.stratus.dynamo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.model.AttributeValue;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValueJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INVALID = "One or more parameter values were invalid: ";

    @Nested
    class WireTypes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{\"S\": 5}|NUMBER_VALUE cannot be converted to String",
                "{\"S\": 3.5}|DECIMAL_VALUE cannot be converted to String",
                "{\"S\": true}|TRUE_VALUE cannot be converted to String",
                "{\"S\": false}|FALSE_VALUE cannot be converted to String",
                "{\"S\": []}|Unrecognized collection type class java.lang.String",
                "{\"S\": {}}|Start of structure or map found where not expected",
                "{\"N\": 5}|NUMBER_VALUE cannot be converted to String",
                "{\"BOOL\": 23}|NUMBER_VALUE cannot be converted to Boolean",
                "{\"BOOL\": \"23\"}|Unexpected token received from parser",
                "{\"NULL\": []}|Unrecognized collection type class java.lang.Boolean",
                "{\"B\": 23}|only base-64-encoded strings are convertible to bytes",
                "{\"B\": \"23456\"}|Base64 encoded length is expected a multiple of 4 bytes but found: 5",
                "{\"B\": \"+/+=\"}|Invalid last non-pad Base64 character dectected",
                "{\"SS\": \"a\"}|Unexpected field type",
                "{\"SS\": {}}|Start of structure or map found where not expected",
                "{\"SS\": [1]}|NUMBER_VALUE cannot be converted to String",
                "{\"L\": [5]}|Unexpected value type in payload",
                "{\"L\": [[]]}|Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue",
                "{\"M\": []}|Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>",
                "{\"M\": {\"a\": {\"BS\": [true]}}}|only base-64-encoded strings are convertible to bytes",
                "5|Unexpected value type in payload"})
        void wrongJsonTypesAreSerializationErrors(String json, String message) throws Exception {
            assertThatThrownBy(() -> AttributeValueJson.checkWireTypes(MAPPER.readTree(json)))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
                        assertThat(e.getMessage()).isEqualTo(message);
                    });
        }

        @Test
        void unknownDescriptorsAreIgnored() throws Exception {
            AttributeValueJson.checkWireTypes(MAPPER.readTree("{\"X\": [1, 2], \"S\": \"a\"}"));
        }
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"{}", "{\"a\": \"\"}", "{\"M\": {\"a\": {}}}", "{\"L\": [{}]}",
                "{\"L\": [{\"a\": {}}]}", "{\"S\": null}"})
        void valueWithoutDatatypeIsEmpty(String json) {
            assertRejected(json, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }

        @Test
        void valueWithTwoDatatypesIsRejected() {
            assertRejected("{\"S\": \"a\", \"N\": \"1\"}", "Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }

        @Test
        void emptySetsAreRejectedWithAwsWording() {
            assertRejected("{\"SS\": []}", INVALID + "An string set  may not be empty");
            assertRejected("{\"NS\": []}", INVALID + "An number set  may not be empty");
            assertRejected("{\"BS\": []}", INVALID + "Binary sets should not be empty");
        }

        @Test
        void duplicateSetMembersAreRejected() {
            assertRejected("{\"SS\": [\"a\", \"a\"]}", INVALID + "Input collection [a, a] contains duplicates.");
            assertRejected("{\"BS\": [\"Yg==\", \"Yg==\"]}",
                    INVALID + "Input collection [Yg==, Yg==]of type BS contains duplicates.");
            assertRejected("{\"NS\": [\"1\", \"1\"]}", "Input collection contains duplicates");
        }

        @Test
        void numberSetDuplicatesAreFoundAfterNormalisation() {
            assertRejected("{\"NS\": [\"1\", \"1.0\"]}", "Input collection contains duplicates");
        }

        @Test
        void nullMustBeTrue() {
            assertRejected("{\"NULL\": false}", INVALID + "Null attribute value types must have the value of true");
        }

        @Test
        void invalidNumbersInsideSetsAndMapsAreReported() {
            assertRejected("{\"NS\": [\"1\", \"b\"]}", "The parameter cannot be converted to a numeric value: b");
            assertRejected("{\"M\": {\"x\": {\"N\": \"\"}}}", "The parameter cannot be converted to a numeric value");
        }

        @Test
        void emptyStringsAndBinariesAreAllowedOutsideKeys() {
            assertThat(decode("{\"S\": \"\"}")).isEqualTo(new AttributeValue.S(""));
            assertThat(decode("{\"B\": \"\"}")).isEqualTo(new AttributeValue.B(new byte[0]));
        }

        @Test
        void nestingBeyondThirtyTwoLevelsIsRejected() {
            // the top-level attribute is level 1: a leaf inside 31 lists is at level 32
            assertThat(decode(nested(31))).isInstanceOf(AttributeValue.L.class);
            assertRejected(nested(32), "1 validation error detected: Nesting Levels have exceeded supported limits: "
                    + "Attributes in the item have nested levels beyond supported limit");
        }

        private String nested(int levels) {
            return "{\"L\": [".repeat(levels) + "{\"S\": \"x\"}" + "]}".repeat(levels);
        }
    }

    @Test
    void everyTypeRoundTripsWithNormalisedNumbers() throws Exception {
        String json = "{\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"1.50\"},\"b\":{\"B\":\"AP8=\"},\"t\":{\"BOOL\":true},"
                + "\"z\":{\"NULL\":true},\"m\":{\"M\":{\"k\":{\"L\":[{\"N\":\"-0\"},{\"SS\":[\"a\",\"b\"]}]}}},"
                + "\"ns\":{\"NS\":[\"1e2\",\"3\"]},\"bs\":{\"BS\":[\"AA==\",\"AQ==\"]}}";
        JsonNode node = MAPPER.readTree(json);
        AttributeValueJson.checkMapWireTypes(node);
        Map<String, AttributeValue> item = AttributeValueJson.decodeMap(node);
        StringWriter text = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            AttributeValueJson.writeMap(g, item);
        }
        assertThat(text.toString()).isEqualTo(json.replace("1.50", "1.5").replace("-0", "0").replace("1e2", "100"));
    }

    private static AttributeValue decode(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            AttributeValueJson.checkWireTypes(node);
            return AttributeValueJson.decode(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRejected(String json, String message) {
        assertThatThrownBy(() -> decode(json)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
