package io.stratus.dynamo.expr;

import static io.stratus.dynamo.expr.ExpressionContextTest.assertValidation;
import static io.stratus.dynamo.expr.Values.b;
import static io.stratus.dynamo.expr.Values.bool;
import static io.stratus.dynamo.expr.Values.bs;
import static io.stratus.dynamo.expr.Values.bytes;
import static io.stratus.dynamo.expr.Values.item;
import static io.stratus.dynamo.expr.Values.l;
import static io.stratus.dynamo.expr.Values.m;
import static io.stratus.dynamo.expr.Values.n;
import static io.stratus.dynamo.expr.Values.ns;
import static io.stratus.dynamo.expr.Values.nul;
import static io.stratus.dynamo.expr.Values.s;
import static io.stratus.dynamo.expr.Values.ss;
import static io.stratus.dynamo.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static boolean eval(String expression, Map<String, AttributeValue> item, Object... vals) {
        ExpressionContext context = new ExpressionContext(null, vals.length == 0 ? null : values(vals));
        return context.condition(expression, "ConditionExpression").test(item);
    }

    private static void assertInvalid(String expression, String detail, Object... vals) {
        ExpressionContext context = new ExpressionContext(null, vals.length == 0 ? null : values(vals));
        assertValidation(() -> context.condition(expression, "ConditionExpression"), "Invalid ConditionExpression: " + detail);
    }

    @Nested
    class Comparisons {
        @Test
        void numbersCompareNumericallyNotTextually() {
            Map<String, AttributeValue> item = item("a", n("10"));
            assertThat(eval("a > :v", item, ":v", n("9"))).isTrue();
            assertThat(eval("a < :v", item, ":v", n("9.5"))).isFalse();
            assertThat(eval("a = :v", item, ":v", n("10"))).isTrue();
            assertThat(eval("a >= :v", item, ":v", n("-1E+2"))).isTrue();
        }

        @Test
        void stringsCompareByUtf8BytesNotUtf16Units() {
            // U+FF5E (3 UTF-8 bytes, one UTF-16 unit) sorts before U+1F600 (4 bytes, a surrogate pair),
            // though its UTF-16 unit 0xFF5E is greater than the high surrogate 0xD83D.
            Map<String, AttributeValue> item = item("a", s("\uFF5E"));
            assertThat(eval("a < :v", item, ":v", s("\uD83D\uDE00"))).isTrue();
            assertThat(eval("a < :v", item("a", s("abc")), ":v", s("abd"))).isTrue();
            assertThat(eval("a < :v", item("a", s("ab")), ":v", s("abc"))).isTrue();
        }

        @Test
        void binariesCompareAsUnsignedBytes() {
            assertThat(eval("a > :v", item("a", bytes(0x80)), ":v", bytes(0x7f))).isTrue();
        }

        @Test
        void comparisonsAcrossTypesAreFalseNotErrors() {
            Map<String, AttributeValue> item = item("a", n("1"));
            assertThat(eval("a = :v", item, ":v", s("1"))).isFalse();
            assertThat(eval("a < :v", item, ":v", s("2"))).isFalse();
            assertThat(eval("a >= :v", item, ":v", s("0"))).isFalse();
            assertThat(eval("a <> :v", item, ":v", s("1"))).isTrue();
        }

        @Test
        void orderingOfNonScalarsIsFalse() {
            assertThat(eval("a < :v", item("a", ss("a")), ":v", ss("b"))).isFalse();
            assertThat(eval("a <= :v", item("a", bool(false)), ":v", bool(true))).isFalse();
        }

        @Test
        void missingAttributeIsNeitherEqualNorOrdered() {
            Map<String, AttributeValue> item = item();
            assertThat(eval("a = :v", item, ":v", n("1"))).isFalse();
            assertThat(eval("a < :v", item, ":v", n("1"))).isFalse();
            assertThat(eval("a <> :v", item, ":v", n("1"))).isTrue();
        }

        @Test
        void documentsAndSetsCompareForEquality() {
            assertThat(eval("a = :v", item("a", m("x", l(n("1"), s("y")))), ":v", m("x", l(n("1"), s("y"))))).isTrue();
            assertThat(eval("a = :v", item("a", ss("x", "y")), ":v", ss("y", "x"))).isTrue();
            assertThat(eval("a = :v", item("a", bs("x", "y")), ":v", bs("y", "x"))).isTrue();
            assertThat(eval("a = :v", item("a", nul()), ":v", nul())).isTrue();
        }

        @Test
        void pathsCompareWithPaths() {
            assertThat(eval("a.b[1] = c", item("a", m("b", l(n("0"), s("x"))), "c", s("x")))).isTrue();
        }

        @Test
        void betweenIncludesBothBounds() {
            assertThat(eval("a BETWEEN :lo AND :hi", item("a", n("5")), ":lo", n("5"), ":hi", n("6"))).isTrue();
            assertThat(eval("a BETWEEN :lo AND :hi", item("a", n("6")), ":lo", n("5"), ":hi", n("6"))).isTrue();
            assertThat(eval("a BETWEEN :lo AND :hi", item("a", n("7")), ":lo", n("5"), ":hi", n("6"))).isFalse();
            assertThat(eval("a BETWEEN :lo AND :hi", item("a", s("5")), ":lo", n("5"), ":hi", n("6"))).isFalse();
        }

        @Test
        void inMatchesAnyCandidate() {
            assertThat(eval("a IN (:x, :y)", item("a", s("y")), ":x", s("x"), ":y", s("y"))).isTrue();
            assertThat(eval("a IN (:x, :y)", item("a", s("z")), ":x", s("x"), ":y", s("y"))).isFalse();
            assertThat(eval("a IN (:x)", item(), ":x", s("x"))).isFalse();
        }
    }

    @Nested
    class Logic {
        private final Map<String, AttributeValue> item = item("t", bool(true), "f", bool(false));

        @Test
        void truthTableOfAndOrNot() {
            Object[] vals = {":t", bool(true)};
            assertThat(eval("t = :t AND f = :t", item, vals)).isFalse();
            assertThat(eval("t = :t AND t = :t", item, vals)).isTrue();
            assertThat(eval("f = :t OR t = :t", item, vals)).isTrue();
            assertThat(eval("f = :t OR f = :t", item, vals)).isFalse();
            assertThat(eval("NOT f = :t", item, vals)).isTrue();
            assertThat(eval("NOT t = :t", item, vals)).isFalse();
        }

        @Test
        void precedenceIsNotThenAndThenOr() {
            Object[] vals = {":t", bool(true)};
            // NOT t AND f OR t  ==  ((NOT t) AND f) OR t  == true
            assertThat(eval("NOT t = :t AND f = :t OR t = :t", item, vals)).isTrue();
            // NOT (t AND f OR t) == false
            assertThat(eval("NOT (t = :t AND f = :t OR t = :t)", item, vals)).isFalse();
            // t OR t AND f == t OR (t AND f) == true
            assertThat(eval("t = :t OR t = :t AND f = :t", item, vals)).isTrue();
            // (t OR t) AND f == false
            assertThat(eval("(t = :t OR t = :t) AND f = :t", item, vals)).isFalse();
        }
    }

    @Nested
    class Functions {
        @Test
        void attributeExistsFollowsNestedPaths() {
            Map<String, AttributeValue> item = item("a", m("b", l(s("x"))));
            assertThat(eval("attribute_exists(a.b[0])", item)).isTrue();
            assertThat(eval("attribute_exists(a.b[1])", item)).isFalse();
            assertThat(eval("attribute_not_exists(a.c)", item)).isTrue();
            assertThat(eval("attribute_not_exists(a)", item)).isFalse();
        }

        @Test
        void attributeTypeMatchesTheDescriptor() {
            assertThat(eval("attribute_type(a, :t)", item("a", ss("x")), ":t", s("SS"))).isTrue();
            assertThat(eval("attribute_type(a, :t)", item("a", ss("x")), ":t", s("S"))).isFalse();
            assertThat(eval("attribute_type(a, :t)", item(), ":t", s("NULL"))).isFalse();
        }

        @Test
        void beginsWithWorksOnStringsAndBinaries() {
            assertThat(eval("begins_with(a, :p)", item("a", s("prefix-rest")), ":p", s("prefix"))).isTrue();
            assertThat(eval("begins_with(a, :p)", item("a", s("pre")), ":p", s("prefix"))).isFalse();
            assertThat(eval("begins_with(a, :p)", item("a", b("abc")), ":p", b("ab"))).isTrue();
            assertThat(eval("begins_with(a, :p)", item("a", b("abc")), ":p", s("ab"))).isFalse();
            assertThat(eval("begins_with(a, :p)", item("a", ss("abc")), ":p", s("ab"))).isFalse();
        }

        @Test
        void containsIsSubstringSetMembershipOrListElement() {
            assertThat(eval("contains(a, :v)", item("a", s("hello")), ":v", s("ell"))).isTrue();
            assertThat(eval("contains(a, :v)", item("a", ss("x", "y")), ":v", s("y"))).isTrue();
            assertThat(eval("contains(a, :v)", item("a", ns("1", "2")), ":v", n("2"))).isTrue();
            assertThat(eval("contains(a, :v)", item("a", ns("1", "2")), ":v", s("2"))).isFalse();
            assertThat(eval("contains(a, :v)", item("a", bs("x")), ":v", b("x"))).isTrue();
            assertThat(eval("contains(a, :v)", item("a", l(m("k", n("1")), s("z"))), ":v", m("k", n("1")))).isTrue();
            assertThat(eval("contains(a, :v)", item("a", n("12")), ":v", n("1"))).isFalse();
            assertThat(eval("contains(a, :v)", item(), ":v", s("x"))).isFalse();
        }

        @Test
        void sizeCountsUtf16UnitsBytesAndElements() {
            // DynamoDB counts a string's size in UTF-16 code units: "é𝄞" has size 3.
            assertThat(eval("size(a) = :n", item("a", s("é\uD834\uDD1E")), ":n", n("3"))).isTrue();
            assertThat(eval("size(a) = :n", item("a", b("abcd")), ":n", n("4"))).isTrue();
            assertThat(eval("size(a) = :n", item("a", ss("x", "y")), ":n", n("2"))).isTrue();
            assertThat(eval("size(a) = :n", item("a", l(n("1"), n("2"), n("3"))), ":n", n("3"))).isTrue();
            assertThat(eval("size(a) = :n", item("a", m("k", n("1"))), ":n", n("1"))).isTrue();
        }

        @Test
        void sizeOfANumberOrMissingAttributeMakesTheComparisonFalse() {
            assertThat(eval("size(a) > :n", item("a", n("12345")), ":n", n("0"))).isFalse();
            assertThat(eval("size(a) <> :n", item(), ":n", n("0"))).isTrue();
            assertThat(eval("size(a) >= :n", item(), ":n", n("0"))).isFalse();
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownFunctionIsNamed() {
            assertInvalid("foo(a)", "Invalid function name; function: foo");
        }

        @Test
        void functionNamesAreCaseSensitive() {
            assertInvalid("Attribute_Exists(a)", "Invalid function name; function: Attribute_Exists");
        }

        @Test
        void updateFunctionIsUnknownInACondition() {
            assertInvalid("if_not_exists(a, :v) = :v", "Invalid function name; function: if_not_exists", ":v", n("1"));
        }

        @Test
        void sizeAloneIsNotACondition() {
            assertInvalid("size(a)", "The function is not allowed to be used this way in an expression; function: size");
        }

        @Test
        void booleanFunctionIsNotAnOperand() {
            assertInvalid("attribute_exists(a) = :v",
                    "The function is not allowed to be used this way in an expression; function: attribute_exists", ":v", bool(true));
        }

        @Test
        void wrongNumberOfOperandsIsCounted() {
            assertInvalid("begins_with(a)",
                    "Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1");
            assertInvalid("attribute_exists(a, b)",
                    "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2");
        }

        @Test
        void beginsWithANumberIsAnOperandTypeError() {
            assertInvalid("begins_with(a, :v)",
                    "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N", ":v", n("1"));
        }

        @Test
        void sizeOfANumberValueIsAnOperandTypeError() {
            assertInvalid("size(:v) > :v",
                    "Incorrect operand type for operator or function; operator or function: size, operand type: N", ":v", n("1"));
        }

        @Test
        void attributeExistsNeedsAPath() {
            assertInvalid("attribute_exists(:v)",
                    "Operator or function requires a document path; operator or function: attribute_exists", ":v", n("1"));
        }

        @Test
        void attributeTypeNeedsAKnownTypeName() {
            assertInvalid("attribute_type(a, :t)",
                    "Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}", ":t", s("STRING"));
            assertInvalid("attribute_type(a, :t)",
                    "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N", ":t", n("1"));
        }

        @Test
        void comparingAPathWithItselfIsRejected() {
            assertInvalid("a.b = a.b",
                    "The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, b]");
            assertInvalid("contains(a, a)",
                    "The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [a]");
        }

        @Test
        void betweenBoundsMustShareAType() {
            assertInvalid("a BETWEEN :lo AND :hi",
                    "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:2}",
                    ":lo", n("1"), ":hi", s("2"));
        }

        @Test
        void betweenBoundsMustBeOrdered() {
            assertInvalid("a BETWEEN :lo AND :hi",
                    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:9}",
                    ":lo", n("10"), ":hi", n("9"));
        }

        @Test
        void redundantParenthesesAreRejected() {
            assertInvalid("((a = :v))", "The expression has redundant parentheses;", ":v", n("1"));
        }

        @Test
        void inAcceptsAHundredOperandsButNotMore() {
            StringBuilder hundred = new StringBuilder("a IN (:v");
            for (int i = 1; i < 100; i++) {
                hundred.append(", :v");
            }
            assertThat(eval(hundred + ")", item("a", n("1")), ":v", n("1"))).isTrue();
            assertInvalid(hundred + ", :v)", "The IN operator is provided with too many operands; number of operands: 101", ":v", n("1"));
        }
    }
}
