package io.stratus.dynamo.expr;

import static io.stratus.dynamo.expr.ExpressionContextTest.assertValidation;
import static io.stratus.dynamo.expr.Values.b;
import static io.stratus.dynamo.expr.Values.n;
import static io.stratus.dynamo.expr.Values.names;
import static io.stratus.dynamo.expr.Values.s;
import static io.stratus.dynamo.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.model.AttributeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyConditionTest {

    private static final AttributeValue.Type S = AttributeValue.Type.S;
    private static final AttributeValue.Type N = AttributeValue.Type.N;

    private static KeyCondition key(String text, Object... vals) {
        return new ExpressionContext(null, vals.length == 0 ? null : values(vals)).keyCondition(text);
    }

    private static KeyRange range(String text, Object... vals) {
        return key(text, vals).bind("pk", S, "sk", N);
    }

    @Nested
    class Shape {
        @Test
        void partitionKeyAloneReadsTheWholePartition() {
            assertThat(range("pk = :p", ":p", s("x"))).isEqualTo(new KeyRange(s("x"), null));
        }

        @Test
        void sortKeyConditionsOfEveryKind() {
            assertThat(range("pk = :p AND sk < :v", ":p", s("x"), ":v", n("5")).sortKeyCondition())
                    .isEqualTo(new SortKeyCondition(SortKeyCondition.Operator.LT, n("5"), null));
            assertThat(range("sk BETWEEN :lo AND :hi AND pk = :p", ":p", s("x"), ":lo", n("1"), ":hi", n("2")).sortKeyCondition())
                    .isEqualTo(new SortKeyCondition(SortKeyCondition.Operator.BETWEEN, n("1"), n("2")));
            KeyRange prefix = key("pk = :p AND begins_with(sk, :v)", ":p", s("x"), ":v", s("ab")).bind("pk", S, "sk", S);
            assertThat(prefix.sortKeyCondition()).isEqualTo(new SortKeyCondition(SortKeyCondition.Operator.BEGINS_WITH, s("ab"), null));
        }

        @Test
        void valueOnTheLeftFlipsTheOperator() {
            assertThat(range(":v < sk AND :p = pk", ":p", s("x"), ":v", n("5")).sortKeyCondition())
                    .isEqualTo(new SortKeyCondition(SortKeyCondition.Operator.GT, n("5"), null));
        }

        @Test
        void placeholdersNameKeys() {
            ExpressionContext context = new ExpressionContext(names("#p", "pk"), values(":p", s("x")));
            assertThat(context.keyCondition("#p = :p").bind("pk", S, null, null)).isEqualTo(new KeyRange(s("x"), null));
        }

        @Test
        void orNotInAndNotEqualAreInvalidOperators() {
            assertValidation(() -> key("pk = :p OR pk = :p", ":p", s("x")), "Invalid operator used in KeyConditionExpression: OR");
            assertValidation(() -> key("NOT pk = :p", ":p", s("x")), "Invalid operator used in KeyConditionExpression: NOT");
            assertValidation(() -> key("pk IN (:p)", ":p", s("x")), "Invalid operator used in KeyConditionExpression: IN");
            assertValidation(() -> key("pk <> :p", ":p", s("x")), "Invalid operator used in KeyConditionExpression: <>");
            assertValidation(() -> key("attribute_exists(pk)"), "Invalid operator used in KeyConditionExpression: attribute_exists");
            assertValidation(() -> key("contains(pk, :p)", ":p", s("x")), "Invalid operator used in KeyConditionExpression: contains");
        }

        @Test
        void sizeIsANestedOperation() {
            assertValidation(() -> key("size(pk) = :p", ":p", n("1")), "KeyConditionExpressions cannot contain nested operations");
        }

        @Test
        void nestedAttributesAreRejected() {
            assertValidation(() -> key("pk.x = :p", ":p", s("x")), "KeyConditionExpressions cannot have conditions on nested attributes");
        }

        @Test
        void conditionNeedsExactlyOneAttribute() {
            assertValidation(() -> key("pk = sk"), "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
            assertValidation(() -> key(":a = :b", ":a", s("x"), ":b", s("y")),
                    "Invalid condition in KeyConditionExpression: No key attribute specified");
        }

        @Test
        void oneConditionPerKey() {
            assertValidation(() -> key("pk = :p AND pk = :p", ":p", s("x")), "KeyConditionExpressions must only contain one condition per key");
        }

        @Test
        void betweenNeedsTheKeyFirst() {
            assertValidation(() -> key(":v BETWEEN sk AND :w", ":v", n("1"), ":w", n("2")),
                    "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand");
        }

        @Test
        void syntaxAndFunctionErrorsCarryThePrefix() {
            assertValidation(() -> key("pk = :p AND begins_with(sk, :n)", ":p", s("x"), ":n", n("1")),
                    "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
            assertValidation(() -> key("pk =", ":p", s("x")), "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
        }
    }

    @Nested
    class Schema {
        @Test
        void partitionKeyMustBePresent() {
            assertValidation(() -> range("sk = :v", ":v", n("1")), "Query condition missed key schema element: pk");
        }

        @Test
        void partitionKeyNeedsEquality() {
            assertValidation(() -> range("pk > :p", ":p", s("x")), "Query key condition not supported");
        }

        @Test
        void nonKeyAttributeInsteadOfTheSortKeyIsReported() {
            assertValidation(() -> range("pk = :p AND price = :v", ":p", s("x"), ":v", n("1")),
                    "Query condition missed key schema element: sk");
        }

        @Test
        void partitionOnlySchemaAcceptsOneCondition() {
            assertValidation(() -> key("pk = :p AND sk = :v", ":p", s("x"), ":v", n("1")).bind("pk", S, null, null),
                    "Query key condition not supported");
        }

        @Test
        void valueTypesMustMatchTheSchema() {
            assertValidation(() -> range("pk = :p", ":p", n("1")),
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
            assertValidation(() -> range("pk = :p AND sk > :v", ":p", s("x"), ":v", s("1")),
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }

    @Nested
    class SortKeyTests {
        @Test
        void sortKeyConditionsTestValues() {
            SortKeyCondition between = new SortKeyCondition(SortKeyCondition.Operator.BETWEEN, n("1"), n("10"));
            assertThat(between.test(n("1"))).isTrue();
            assertThat(between.test(n("10"))).isTrue();
            assertThat(between.test(n("10.5"))).isFalse();
            assertThat(new SortKeyCondition(SortKeyCondition.Operator.BEGINS_WITH, s("ab"), null).test(s("abc"))).isTrue();
            assertThat(new SortKeyCondition(SortKeyCondition.Operator.BEGINS_WITH, b("ab"), null).test(b("abc"))).isTrue();
            assertThat(new SortKeyCondition(SortKeyCondition.Operator.GE, s("b"), null).test(s("a"))).isFalse();
        }
    }
}
