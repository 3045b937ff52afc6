package io.stratus.dynamo.expr;

import static io.stratus.dynamo.expr.ExpressionContextTest.assertValidation;
import static io.stratus.dynamo.expr.Values.bs;
import static io.stratus.dynamo.expr.Values.item;
import static io.stratus.dynamo.expr.Values.l;
import static io.stratus.dynamo.expr.Values.m;
import static io.stratus.dynamo.expr.Values.n;
import static io.stratus.dynamo.expr.Values.names;
import static io.stratus.dynamo.expr.Values.ns;
import static io.stratus.dynamo.expr.Values.s;
import static io.stratus.dynamo.expr.Values.ss;
import static io.stratus.dynamo.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.stratus.dynamo.model.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpdateTest {

    private static Update update(String expression, Object... vals) {
        return new ExpressionContext(null, vals.length == 0 ? null : values(vals)).update(expression);
    }

    private static Map<String, AttributeValue> apply(Map<String, AttributeValue> old, String expression, Object... vals) {
        return update(expression, vals).apply(old);
    }

    private static void assertInvalid(String expression, String detail, Object... vals) {
        assertValidation(() -> update(expression, vals), "Invalid UpdateExpression: " + detail);
    }

    @Nested
    class Set {
        @Test
        void setReadsThePreImage() {
            Map<String, AttributeValue> result = apply(item("a", n("1")), "SET a = :v, b = a", ":v", n("2"));
            assertThat(result).isEqualTo(item("a", n("2"), "b", n("1")));
        }

        @Test
        void swapThroughThePreImage() {
            assertThat(apply(item("a", s("x"), "b", s("y")), "SET a = b, b = a")).isEqualTo(item("a", s("y"), "b", s("x")));
        }

        @Test
        void setCreatesAMissingItem() {
            assertThat(apply(null, "SET a = :v", ":v", s("x"))).isEqualTo(item("a", s("x")));
        }

        @Test
        void setIntoANestedMap() {
            assertThat(apply(item("a", m("b", n("1"))), "SET a.c = :v", ":v", s("x")))
                    .isEqualTo(item("a", m("b", n("1"), "c", s("x"))));
        }

        @Test
        void setIntoAMissingIntermediateMapIsInvalid() {
            Update update = update("SET a.b = :v", ":v", s("x"));
            assertValidation(() -> update.apply(item()), "The document path provided in the update expression is invalid for update");
            assertValidation(() -> update.apply(item("a", s("not a map"))),
                    "The document path provided in the update expression is invalid for update");
        }

        @Test
        void listIndexPastTheEndAppends() {
            assertThat(apply(item("a", l(s("x"))), "SET a[5] = :v", ":v", s("y"))).isEqualTo(item("a", l(s("x"), s("y"))));
        }

        @Test
        void listIndexInRangeReplaces() {
            assertThat(apply(item("a", l(s("x"), s("y"))), "SET a[0] = :v", ":v", s("z"))).isEqualTo(item("a", l(s("z"), s("y"))));
        }

        @Test
        void arithmeticIsExactAndCanonical() {
            assertThat(apply(item("a", n("10000000000000000000000")), "SET a = a + :one", ":one", n("1")))
                    .isEqualTo(item("a", n("10000000000000000000001")));
            assertThat(apply(item("a", n("1.5")), "SET a = a - :v", ":v", n("0.5"))).isEqualTo(item("a", n("1")));
            assertThat(apply(item("a", n("1")), "SET a = a - :v", ":v", n("1"))).isEqualTo(item("a", n("0")));
            assertThat(apply(item(), "SET a = :x + :y", ":x", n("-0.25"), ":y", n("0.05"))).isEqualTo(item("a", n("-0.2")));
        }

        @Test
        void arithmeticBeyondRangeOrPrecisionOverflows() {
            String overflow = "Number overflow. Attempting to store a number with magnitude larger than supported range";
            Update sum = update("SET b = :x + :y", ":x", n("9" + "0".repeat(125)), ":y", n("9" + "0".repeat(125)));
            assertValidation(() -> sum.apply(item()), overflow);
            Update imprecise = update("SET b = :x + :y", ":x", n("1" + "0".repeat(50)), ":y", n("1"));
            assertValidation(() -> imprecise.apply(item()), overflow);
        }

        @Test
        void arithmeticOnANonNumberIsAnIncorrectDataType() {
            Update update = update("SET a = a + :one", ":one", n("1"));
            assertValidation(() -> update.apply(item("a", s("x"))), "An operand in the update expression has an incorrect data type");
        }

        @Test
        void arithmeticOnAMissingAttributeRefersToNothing() {
            Update update = update("SET a = a + :one", ":one", n("1"));
            assertValidation(() -> update.apply(item()), "The provided expression refers to an attribute that does not exist in the item");
        }

        @Test
        void ifNotExistsCounterStartsFromTheDefault() {
            String counter = "SET c = if_not_exists(c, :zero) + :one";
            assertThat(apply(item(), counter, ":zero", n("0"), ":one", n("1"))).isEqualTo(item("c", n("1")));
            assertThat(apply(item("c", n("41")), counter, ":zero", n("0"), ":one", n("1"))).isEqualTo(item("c", n("42")));
        }

        @Test
        void listAppendJoinsListsInOrder() {
            assertThat(apply(item("a", l(n("1"))), "SET a = list_append(a, :v)", ":v", l(n("2"))))
                    .isEqualTo(item("a", l(n("1"), n("2"))));
            assertThat(apply(item("a", l(n("1"))), "SET a = list_append(:v, a)", ":v", l(n("2"))))
                    .isEqualTo(item("a", l(n("2"), n("1"))));
        }

        @Test
        void listAppendOnAMissingListWithIfNotExists() {
            assertThat(apply(item(), "SET a = list_append(if_not_exists(a, :empty), :v)", ":empty", l(), ":v", l(s("x"))))
                    .isEqualTo(item("a", l(s("x"))));
        }

        @Test
        void setFromAMissingPathRefersToNothing() {
            Update update = update("SET a = b");
            assertValidation(() -> update.apply(item()), "The provided expression refers to an attribute that does not exist in the item");
        }
    }

    @Nested
    class Remove {
        @Test
        void removingSeveralListElementsUsesOriginalPositions() {
            Map<String, AttributeValue> old = item("a", l(s("0"), s("1"), s("2"), s("3")));
            assertThat(apply(old, "REMOVE a[1], a[2]")).isEqualTo(item("a", l(s("0"), s("3"))));
            assertThat(apply(old, "REMOVE a[0], a[3], a[1]")).isEqualTo(item("a", l(s("2"))));
        }

        @Test
        void removingAListElementShiftsTheRest() {
            assertThat(apply(item("a", l(s("x"), s("y"), s("z"))), "REMOVE a[0]")).isEqualTo(item("a", l(s("y"), s("z"))));
        }

        @Test
        void removingSomethingAbsentChangesNothing() {
            Map<String, AttributeValue> old = item("a", l(s("x")), "m", m("k", n("1")));
            assertThat(apply(old, "REMOVE b, a[5], m.z, q.r")).isEqualTo(old);
        }

        @Test
        void removeNestedAttribute() {
            assertThat(apply(item("m", m("k", n("1"), "j", n("2"))), "REMOVE m.k")).isEqualTo(item("m", m("j", n("2"))));
        }

        @Test
        void removeAndSetInOneUpdate() {
            assertThat(apply(item("a", n("1"), "b", n("2")), "SET c = b REMOVE b")).isEqualTo(item("a", n("1"), "c", n("2")));
        }
    }

    @Nested
    class AddAndDelete {
        @Test
        void addToAMissingAttributeCreatesIt() {
            assertThat(apply(item(), "ADD n :v", ":v", n("5"))).isEqualTo(item("n", n("5")));
            assertThat(apply(item(), "ADD s :v", ":v", ss("x"))).isEqualTo(item("s", ss("x")));
        }

        @Test
        void addSumsNumbers() {
            assertThat(apply(item("n", n("5")), "ADD n :v", ":v", n("-7"))).isEqualTo(item("n", n("-2")));
        }

        @Test
        void addUnitesSets() {
            assertThat(apply(item("s", ss("x", "y")), "ADD s :v", ":v", ss("y", "z"))).isEqualTo(item("s", ss("x", "y", "z")));
            assertThat(apply(item("s", ns("1")), "ADD s :v", ":v", ns("2"))).isEqualTo(item("s", ns("1", "2")));
            assertThat(apply(item("s", bs("a")), "ADD s :v", ":v", bs("a", "b"))).isEqualTo(item("s", bs("a", "b")));
        }

        @Test
        void addOfAMismatchedSetIsAnIncorrectDataType() {
            Update update = update("ADD s :v", ":v", ns("1"));
            assertValidation(() -> update.apply(item("s", ss("x"))), "An operand in the update expression has an incorrect data type");
        }

        @Test
        void nestedAddUnderAMissingMapCreatesNoPhantomAttribute() {
            Update update = update("ADD m.n :v", ":v", n("1"));
            assertValidation(() -> update.apply(item()), "The document path provided in the update expression is invalid for update");
            assertThat(update.apply(item("m", m()))).isEqualTo(item("m", m("n", n("1"))));
        }

        @Test
        void deleteRemovesElementsFromASet() {
            assertThat(apply(item("s", ss("x", "y", "z")), "DELETE s :v", ":v", ss("y", "q"))).isEqualTo(item("s", ss("x", "z")));
        }

        @Test
        void deletingTheLastElementsRemovesTheAttribute() {
            assertThat(apply(item("s", ns("1", "2"), "k", s("x")), "DELETE s :v", ":v", ns("1", "2"))).isEqualTo(item("k", s("x")));
        }

        @Test
        void deleteFromAMissingAttributeChangesNothing() {
            assertThat(apply(item("k", s("x")), "DELETE s :v", ":v", ss("a"))).isEqualTo(item("k", s("x")));
        }

        @Test
        void addOfAStringIsRejectedByType() {
            assertInvalid("ADD a :v", "Incorrect operand type for operator or function; operator: ADD, operand type: STRING", ":v", s("x"));
        }

        @Test
        void deleteOfANumberIsRejectedByType() {
            assertInvalid("DELETE a :v", "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER", ":v", n("1"));
        }
    }

    @Nested
    class Validation {
        @Test
        void eachClauseAtMostOnce() {
            assertInvalid("SET a = :v SET b = :v", "The \"SET\" section can only be used once in an update expression;", ":v", n("1"));
            assertInvalid("remove a remove b", "The \"REMOVE\" section can only be used once in an update expression;");
        }

        @Test
        void parentAndChildPathsOverlap() {
            assertInvalid("SET a = :v REMOVE a.b",
                    "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
                    ":v", n("1"));
        }

        @Test
        void samePathTwiceOverlaps() {
            assertInvalid("SET f = :v, f = :v",
                    "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [f], path two: [f]",
                    ":v", n("1"));
        }

        @Test
        void mapKeyAndListIndexAtTheSameStepConflict() {
            assertInvalid("SET a.b = :v, a[1] = :v",
                    "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
                    ":v", n("1"));
        }

        @Test
        void siblingsDoNotOverlap() {
            assertThatCode(() -> update("SET a[1] = :v, a[2] = :v REMOVE b.c, b.d", ":v", n("1"))).doesNotThrowAnyException();
        }

        @Test
        void placeholderResolvingToTheSamePathOverlaps() {
            assertValidation(() -> new ExpressionContext(names("#a", "a"), values(":v", n("1"))).update("SET #a = :v, a = :v"),
                    "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]");
        }

        @Test
        void unknownFunctionIsNamed() {
            assertInvalid("SET a = size(b)", "Invalid function name; function: size");
        }

        @Test
        void ifNotExistsNeedsAPath() {
            assertInvalid("SET a = if_not_exists(:v, :v)",
                    "Operator or function requires a document path; operator or function: if_not_exists", ":v", n("1"));
        }

        @Test
        void listAppendOfAStringIsRejected() {
            assertInvalid("SET a = list_append(a, :v)",
                    "Incorrect operand type for operator or function; operator or function: list_append, operand type: S", ":v", s("x"));
        }

        @Test
        void plusOfAStringIsRejected() {
            assertInvalid("SET a = a + :v",
                    "Incorrect operand type for operator or function; operator or function: +, operand type: S", ":v", s("x"));
        }

        @Test
        void functionArgumentsAreCounted() {
            assertInvalid("SET a = list_append(a)",
                    "Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1");
        }

        @Test
        void keyAttributesCannotBeUpdated() {
            Update update = update("SET x = :v REMOVE pk", ":v", n("1"));
            assertValidation(() -> update.checkKeyAttributesUntouched(List.of("pk", "sk")),
                    "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
            assertThatCode(() -> update("SET x = :v", ":v", n("1")).checkKeyAttributesUntouched(List.of("pk")))
                    .doesNotThrowAnyException();
        }

        @Test
        void updatedPathsAreReportedInWrittenOrder() {
            Update update = update("SET a.b = :v REMOVE c[2] ADD d :v", ":v", n("1"));
            assertThat(update.updatedPaths()).extracting(DocumentPath::toString).containsExactly("a.b", "c[2]", "d");
        }
    }
}
