package io.stratus.dynamo.expr;

import static io.stratus.dynamo.expr.Values.n;
import static io.stratus.dynamo.expr.Values.names;
import static io.stratus.dynamo.expr.Values.s;
import static io.stratus.dynamo.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpressionContextTest {

    static void assertValidation(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION)).hasMessage(message);
    }

    @Nested
    class AttributeMaps {
        @Test
        void emptyNamesAreRejected() {
            assertValidation(() -> new ExpressionContext(Map.of(), null), "ExpressionAttributeNames must not be empty");
        }

        @Test
        void emptyValuesAreRejected() {
            assertValidation(() -> new ExpressionContext(null, Map.of()), "ExpressionAttributeValues must not be empty");
        }

        @Test
        void nameKeyWithoutHashIsASyntaxError() {
            assertValidation(() -> new ExpressionContext(names("a", "b"), null),
                    "ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
        }

        @Test
        void valueKeyWithoutColonIsASyntaxError() {
            assertValidation(() -> new ExpressionContext(null, values("v", s("x"))),
                    "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
        }

        @Test
        void placeholderKeysAreThePrefixAndOneOrMoreWordCharacters() {
            for (String key : new String[] {"#a", "#Z9_", "#_", "#0"}) {
                assertThat(ExpressionContext.isPlaceholder(key, '#')).as(key).isTrue();
            }
            for (String key : new String[] {"#", "", "a", ":a", "#a-b", "#a b", "#\u00e9", "##a", "#a#"}) {
                assertThat(ExpressionContext.isPlaceholder(key, '#')).as(key).isFalse();
            }
            assertThat(ExpressionContext.isPlaceholder(":v1", ':')).isTrue();
            assertThat(ExpressionContext.isPlaceholder("#v1", ':')).isFalse();
        }

        @Test
        void aNameKeyWithADashIsASyntaxError() {
            assertValidation(() -> new ExpressionContext(names("#a-b", "b"), null),
                    "ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"");
        }

        @Test
        void namesAreCheckedBeforeValues() {
            assertValidation(() -> new ExpressionContext(Map.of(), Map.of()), "ExpressionAttributeNames must not be empty");
        }

        @Test
        void absentMapsAreFine() {
            ExpressionContext context = new ExpressionContext(null, null);
            assertThat(context.condition("attribute_exists(a)", "ConditionExpression").test(Values.item("a", s("x")))).isTrue();
            assertThatCode(context::verifyAllUsed).doesNotThrowAnyException();
        }
    }

    @Nested
    class Resolution {
        @Test
        void undefinedNameIsReportedWithTheParameterName() {
            ExpressionContext context = new ExpressionContext(names("#a", "a"), null);
            assertValidation(() -> context.update("SET #upd = :v"),
                    "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #upd");
        }

        @Test
        void undefinedValueIsReported() {
            ExpressionContext context = new ExpressionContext(null, values(":a", n("1")));
            assertValidation(() -> context.condition("a = :b", "FilterExpression"),
                    "Invalid FilterExpression: An expression attribute value used in expression is not defined; attribute value: :b");
        }

        @Test
        void reservedWordUsedBareIsRejected() {
            ExpressionContext context = new ExpressionContext(null, null);
            assertValidation(() -> context.projection("a, Name"),
                    "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: Name");
        }

        @Test
        void reservedWordAfterADotIsRejectedToo() {
            ExpressionContext context = new ExpressionContext(null, values(":v", n("1")));
            assertValidation(() -> context.update("SET a.status = :v"),
                    "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
        }

        @Test
        void reservedWordBehindAPlaceholderIsFine() {
            ExpressionContext context = new ExpressionContext(names("#s", "status"), values(":v", s("on")));
            Condition condition = context.condition("#s = :v", "ConditionExpression");
            assertThat(condition.test(Values.item("status", s("on")))).isTrue();
            assertThatCode(context::verifyAllUsed).doesNotThrowAnyException();
        }

        @Test
        void reservedWordIsReportedBeforeAnUndefinedName() {
            ExpressionContext context = new ExpressionContext(null, null);
            assertValidation(() -> context.projection("#x, size"),
                    "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: size");
        }

        @Test
        void reservedWordListIsAwsFullList() {
            assertThat(ReservedWords.count()).isEqualTo(573);
            assertThat(ReservedWords.isReserved("ttl")).isTrue();
            assertThat(ReservedWords.isReserved("pk")).isFalse();
        }

        @Test
        void emptyExpressionIsRejected() {
            ExpressionContext context = new ExpressionContext(null, null);
            assertValidation(() -> context.condition("", "ConditionExpression"),
                    "Invalid ConditionExpression: The expression can not be empty;");
        }

        @Test
        void syntaxErrorCarriesTheParameterName() {
            ExpressionContext context = new ExpressionContext(null, null);
            assertValidation(() -> context.condition("foo", "ConditionExpression"),
                    "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"foo\"");
            assertValidation(() -> context.condition("foo", "FilterExpression"),
                    "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"foo\"");
        }
    }

    @Nested
    class Usage {
        @Test
        void unusedNamesAreListedInRequestOrder() {
            ExpressionContext context = new ExpressionContext(names("#a", "a", "#b", "b", "#c", "c"), null);
            context.projection("#b");
            assertValidation(context::verifyAllUsed, "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #c}");
        }

        @Test
        void unusedValuesAreReportedAfterNames() {
            ExpressionContext context = new ExpressionContext(names("#a", "a"), values(":a", n("1")));
            assertValidation(context::verifyAllUsed, "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}");
        }

        @Test
        void unusedValueIsReported() {
            ExpressionContext context = new ExpressionContext(null, values(":a", n("1"), ":b", n("2")));
            context.condition("x = :b", "ConditionExpression");
            assertValidation(context::verifyAllUsed, "Value provided in ExpressionAttributeValues unused in expressions: keys: {:a}");
        }

        @Test
        void usageCountsAcrossAllExpressionsOfTheRequest() {
            ExpressionContext context = new ExpressionContext(names("#a", "a", "#b", "b"), values(":v", n("1"), ":w", n("2")));
            context.update("SET #a = :v");
            context.condition("#b <> :w", "ConditionExpression");
            assertThatCode(context::verifyAllUsed).doesNotThrowAnyException();
        }
    }
}
