package io.stratus.dynamo.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ShapeCheckerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Shape SHAPE = Shape.structure("TestInput")
            .member("TableName", Shapes.TABLE_NAME)
            .member("Limit", Shape.integer().min(1).max(100))
            .member("Mode", Shape.string().oneOf("PROVISIONED", "PAY_PER_REQUEST"))
            .member("KeySchema", Shape.list(Shape.structure("KeySchemaElement")
                    .member("AttributeName", Shape.string().notNull())
                    .member("KeyType", Shape.string().notNull().oneOf("HASH", "RANGE"))))
            .member("Names", Shape.stringMap())
            .member("Flag", Shape.bool());

    @Test
    void missingRequiredMemberIsReportedAsNull() {
        assertValidation("{}", "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: "
                + "Member must not be null");
    }

    @Test
    void allFailuresAreReportedTogetherInDeclarationOrder() {
        assertValidation("{\"TableName\": \"a;\", \"Limit\": 101, \"Mode\": \"X\"}", "4 validation errors detected: "
                + "Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
                + "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; "
                + "Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100; "
                + "Value 'X' at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    @Test
    void listElementsAreNamedByPositionAndMember() {
        assertValidation("{\"TableName\": \"abc\", \"KeySchema\": [{\"KeyType\": \"HASH\"}, {\"AttributeName\": \"a\", \"KeyType\": \"Woop\"}]}",
                "2 validation errors detected: "
                        + "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not be null; "
                        + "Value 'Woop' at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]");
    }

    @Test
    void atMostTenFailuresAreReported() {
        StringBuilder keys = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            keys.append(i == 0 ? "" : ",").append("{}");
        }
        keys.append("]");
        assertThatThrownBy(() -> ShapeChecker.check(SHAPE, MAPPER.readTree("{\"TableName\": \"abc\", \"KeySchema\": " + keys + "}")))
                .hasMessageStartingWith("10 validation errors detected: ");
    }

    @Test
    void wrongWireTypeIsASerializationExceptionBeforeAnyConstraint() {
        assertSerialization("{\"TableName\": 5}", "NUMBER_VALUE cannot be converted to String");
        assertSerialization("{\"Limit\": \"5\"}", "STRING_VALUE cannot be converted to Integer");
        assertSerialization("{\"Flag\": 1}", "NUMBER_VALUE cannot be converted to Boolean");
        assertSerialization("{\"KeySchema\": {}}", "Start of structure or map found where not expected");
        assertSerialization("{\"KeySchema\": [5]}", "Unexpected value type in payload");
        assertSerialization("{\"KeySchema\": [[]]}",
                "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.KeySchemaElement");
        assertSerialization("{\"Names\": []}", "Unrecognized collection type java.util.Map<java.lang.String, java.lang.String>");
        assertSerialization("{\"Names\": {\"#a\": 1}}", "NUMBER_VALUE cannot be converted to String");
    }

    @Test
    void unknownMembersAndJsonNullsAreIgnored() throws Exception {
        ShapeChecker.check(SHAPE, MAPPER.readTree("{\"TableName\": \"abc\", \"Other\": [1], \"Limit\": null}"));
    }

    private static void assertValidation(String json, String message) {
        assertThatThrownBy(() -> ShapeChecker.check(SHAPE, MAPPER.readTree(json)))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private static void assertSerialization(String json, String message) {
        assertThatThrownBy(() -> ShapeChecker.check(SHAPE, MAPPER.readTree(json)))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
