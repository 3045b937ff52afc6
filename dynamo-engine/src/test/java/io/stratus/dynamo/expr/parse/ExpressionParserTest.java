package io.stratus.dynamo.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.expr.ast.ConditionNode;
import io.stratus.dynamo.expr.ast.ConditionNode.Comparator;
import io.stratus.dynamo.expr.ast.ConditionTree;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.expr.ast.PathStep;
import io.stratus.dynamo.expr.ast.ProjectionTree;
import io.stratus.dynamo.expr.ast.UpdateAction;
import io.stratus.dynamo.expr.ast.UpdateTree;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static Operand.Path path(PathStep... steps) {
        return new Operand.Path(List.of(steps));
    }

    private static PathStep.Attribute attr(String name) {
        return new PathStep.Attribute(name);
    }

    private static Operand.Value value(String placeholder) {
        return new Operand.Value(placeholder);
    }

    private static ConditionNode condition(String text) {
        return ExpressionParser.parseCondition(text).root();
    }

    private static void assertSyntaxError(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOf(ExpressionSyntaxException.class).hasMessage(message);
    }

    @Nested
    class Paths {
        @Test
        void nestedPathWithIndexesAndPlaceholdersKeepsEveryStep() {
            ProjectionTree tree = ExpressionParser.parseProjection("a.#b[3].c[0][12]");
            assertThat(tree.paths()).containsExactly(path(attr("a"), new PathStep.Placeholder("#b"),
                    new PathStep.Index(3), attr("c"), new PathStep.Index(0), new PathStep.Index(12)));
        }

        @Test
        void projectionListsPathsInWrittenOrder() {
            assertThat(ExpressionParser.parseProjection(" b , a ").paths())
                    .containsExactly(path(attr("b")), path(attr("a")));
        }

        @Test
        void identifiersMayContainDigitsAndUnderscoresAfterTheFirstLetter() {
            assertThat(ExpressionParser.parseProjection("A123_").paths()).containsExactly(path(attr("A123_")));
        }

        @Test
        void identifierStartingWithUnderscoreIsASyntaxErrorOnTheUnderscore() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("SET _123 = :val1"),
                    "Syntax error; token: \"_\", near: \"SET _123\"");
        }

        @Test
        void listIndexMustBeANumber() {
            assertSyntaxError(() -> ExpressionParser.parseProjection("a[b]"), "Syntax error; token: \"b\", near: \"[b]\"");
        }

        @Test
        void trailingDotIsReportedAtEndOfInput() {
            assertSyntaxError(() -> ExpressionParser.parseProjection("a."), "Syntax error; token: \"<EOF>\", near: \".\"");
        }
    }

    @Nested
    class Conditions {
        @Test
        void everyComparatorParses() {
            String[] symbols = {"=", "<>", "<", "<=", ">", ">="};
            Comparator[] expected = {Comparator.EQ, Comparator.NE, Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE};
            for (int i = 0; i < symbols.length; i++) {
                assertThat(condition("a " + symbols[i] + " :v"))
                        .isEqualTo(new ConditionNode.Comparison(path(attr("a")), expected[i], value(":v")));
            }
        }

        @Test
        void comparatorsNeedNoSpaces() {
            assertThat(condition("a<=:v")).isEqualTo(new ConditionNode.Comparison(path(attr("a")), Comparator.LE, value(":v")));
        }

        @Test
        void betweenTakesTwoBounds() {
            assertThat(condition("a BETWEEN :lo AND :hi"))
                    .isEqualTo(new ConditionNode.Between(path(attr("a")), value(":lo"), value(":hi")));
        }

        @Test
        void inTakesAParenthesisedList() {
            assertThat(condition("a IN (:x, :y, b)"))
                    .isEqualTo(new ConditionNode.In(path(attr("a")), List.of(value(":x"), value(":y"), path(attr("b")))));
        }

        @Test
        void emptyInListIsASyntaxError() {
            assertSyntaxError(() -> condition("a IN ()"), "Syntax error; token: \")\", near: \"()\"");
        }

        @Test
        void functionStandsAsACondition() {
            assertThat(condition("attribute_exists(#a)")).isEqualTo(new ConditionNode.Function(
                    new Operand.Call("attribute_exists", List.of(path(new PathStep.Placeholder("#a"))))));
        }

        @Test
        void functionIsAlsoAnOperand() {
            assertThat(condition("size(a) > :n")).isEqualTo(new ConditionNode.Comparison(
                    new Operand.Call("size", List.of(path(attr("a")))), Comparator.GT, value(":n")));
        }

        @Test
        void notBindsTighterThanAndWhichBindsTighterThanOr() {
            ConditionNode a = new ConditionNode.Comparison(path(attr("a")), Comparator.EQ, value(":a"));
            ConditionNode b = new ConditionNode.Comparison(path(attr("b")), Comparator.EQ, value(":b"));
            ConditionNode c = new ConditionNode.Comparison(path(attr("c")), Comparator.EQ, value(":c"));
            assertThat(condition("NOT a = :a AND b = :b OR c = :c"))
                    .isEqualTo(new ConditionNode.Or(new ConditionNode.And(new ConditionNode.Not(a), b), c));
            assertThat(condition("a = :a or not b = :b and c = :c"))
                    .isEqualTo(new ConditionNode.Or(a, new ConditionNode.And(new ConditionNode.Not(b), c)));
        }

        @Test
        void parenthesesOverridePrecedence() {
            ConditionNode a = new ConditionNode.Comparison(path(attr("a")), Comparator.EQ, value(":a"));
            ConditionNode b = new ConditionNode.Comparison(path(attr("b")), Comparator.EQ, value(":b"));
            ConditionNode c = new ConditionNode.Comparison(path(attr("c")), Comparator.EQ, value(":c"));
            assertThat(condition("(a = :a OR b = :b) AND c = :c"))
                    .isEqualTo(new ConditionNode.And(new ConditionNode.Or(a, b), c));
        }

        @Test
        void parenthesisedOperandIsNotMistakenForAParenthesisedCondition() {
            ConditionTree tree = ExpressionParser.parseCondition("(a) = :v");
            assertThat(tree.root()).isEqualTo(new ConditionNode.Comparison(path(attr("a")), Comparator.EQ, value(":v")));
            assertThat(tree.redundantParentheses()).isFalse();
        }

        @Test
        void doubleParenthesesAreRecordedAsRedundant() {
            assertThat(ExpressionParser.parseCondition("((a = :v))").redundantParentheses()).isTrue();
            assertThat(ExpressionParser.parseCondition("((a)) = :v").redundantParentheses()).isTrue();
            assertThat(ExpressionParser.parseCondition("((a = :v) AND b = :w)").redundantParentheses()).isFalse();
        }

        @Test
        void keywordsAreCaseInsensitive() {
            assertThat(condition("a between :x and :y")).isInstanceOf(ConditionNode.Between.class);
            assertThat(condition("a In (:x)")).isInstanceOf(ConditionNode.In.class);
        }

        @Test
        void bareOperandIsASyntaxErrorAtEndOfInput() {
            assertSyntaxError(() -> condition("foo"), "Syntax error; token: \"<EOF>\", near: \"foo\"");
        }

        @Test
        void nearShowsTheTokensAroundTheOffendingOne() {
            assertSyntaxError(() -> condition("a = :v b = :w"), "Syntax error; token: \"b\", near: \":v b =\"");
        }

        @Test
        void offendingFirstTokenShowsItselfAndTheNext() {
            assertSyntaxError(() -> condition("[object Object]"), "Syntax error; token: \"[\", near: \"[object\"");
        }

        @Test
        void loneColonIsItsOwnToken() {
            assertSyntaxError(() -> condition("hits : incr"), "Syntax error; token: \":\", near: \"hits : incr\"");
        }

        @Test
        void keywordCannotBeAnOperand() {
            assertSyntaxError(() -> condition("a = AND"), "Syntax error; token: \"AND\", near: \"= AND\"");
        }

        @Test
        void unclosedParenthesisReportsEndOfInput() {
            assertSyntaxError(() -> condition("(a = :v"), "Syntax error; token: \"<EOF>\", near: \":v\"");
        }

        @Test
        void whitespaceOnlyIsASyntaxError() {
            assertSyntaxError(() -> condition("   "), "Syntax error; token: \"<EOF>\", near: \"\"");
        }

        @Test
        void betweenWithoutAndIsASyntaxError() {
            assertSyntaxError(() -> condition("a BETWEEN :x OR :y"), "Syntax error; token: \"OR\", near: \":x OR :y\"");
        }
    }

    @Nested
    class Updates {
        @Test
        void allFourClausesParseInWrittenOrder() {
            UpdateTree tree = ExpressionParser.parseUpdate("SET a = :a, b = c REMOVE d, e[1] ADD f :f DELETE g :g");
            assertThat(tree.clauses()).extracting(UpdateTree.Clause::keyword).containsExactly(
                    UpdateTree.Keyword.SET, UpdateTree.Keyword.REMOVE, UpdateTree.Keyword.ADD, UpdateTree.Keyword.DELETE);
            assertThat(tree.clauses().get(0).actions()).containsExactly(
                    new UpdateAction.Set(path(attr("a")), value(":a")),
                    new UpdateAction.Set(path(attr("b")), path(attr("c"))));
            assertThat(tree.clauses().get(1).actions()).containsExactly(
                    new UpdateAction.Remove(path(attr("d"))),
                    new UpdateAction.Remove(path(attr("e"), new PathStep.Index(1))));
        }

        @Test
        void clauseKeywordsAreCaseInsensitive() {
            assertThat(ExpressionParser.parseUpdate("set a = :a remove b").clauses()).hasSize(2);
        }

        @Test
        void repeatedClauseIsLeftForTheResolver() {
            assertThat(ExpressionParser.parseUpdate("SET a = :a SET b = :b").clauses()).hasSize(2);
        }

        @Test
        void setValueMayBeArithmeticOnFunctions() {
            UpdateTree tree = ExpressionParser.parseUpdate("SET a = if_not_exists(a, :zero) + :one");
            assertThat(tree.clauses().get(0).actions().get(0)).isEqualTo(new UpdateAction.Set(path(attr("a")),
                    new Operand.Arithmetic(new Operand.Call("if_not_exists", List.of(path(attr("a")), value(":zero"))),
                            '+', value(":one"))));
        }

        @Test
        void parenthesisedSetValueParses() {
            UpdateTree tree = ExpressionParser.parseUpdate("SET a = (b - :one)");
            assertThat(tree.clauses().get(0).actions().get(0)).isEqualTo(new UpdateAction.Set(path(attr("a")),
                    new Operand.Arithmetic(path(attr("b")), '-', value(":one"))));
        }

        @Test
        void chainedArithmeticIsASyntaxError() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("SET a = :x + :y + :z"),
                    "Syntax error; token: \"+\", near: \":y + :z\"");
        }

        @Test
        void addNeedsAValuePlaceholder() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("ADD a b"), "Syntax error; token: \"b\", near: \"a b\"");
        }

        @Test
        void missingClauseKeywordIsASyntaxError() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("INVALID SYNTAX HERE"),
                    "Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
        }

        @Test
        void clauseWithoutActionsReportsEndOfInput() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("SET a = :a REMOVE"),
                    "Syntax error; token: \"<EOF>\", near: \"REMOVE\"");
        }

        @Test
        void clauseKeywordCannotBeAPath() {
            assertSyntaxError(() -> ExpressionParser.parseUpdate("SET set = :a"),
                    "Syntax error; token: \"set\", near: \"SET set =\"");
        }
    }
}
