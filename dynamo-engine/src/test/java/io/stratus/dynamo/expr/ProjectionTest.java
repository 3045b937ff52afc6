package io.stratus.dynamo.expr;

import static io.stratus.dynamo.expr.ExpressionContextTest.assertValidation;
import static io.stratus.dynamo.expr.Values.item;
import static io.stratus.dynamo.expr.Values.l;
import static io.stratus.dynamo.expr.Values.m;
import static io.stratus.dynamo.expr.Values.n;
import static io.stratus.dynamo.expr.Values.names;
import static io.stratus.dynamo.expr.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.dynamo.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private final Map<String, AttributeValue> item = item(
            "pk", s("k"),
            "a", l(s("a0"), s("a1"), s("a2"), s("a3")),
            "m", m("x", n("1"), "y", m("z", s("deep")), "w", l(n("0"), n("1"))),
            "extra", s("o"));

    private static Projection projection(String text) {
        return new ExpressionContext(null, null).projection(text);
    }

    @Test
    void topLevelAttributesAreCopied() {
        assertThat(projection("pk, extra, absent").apply(item)).isEqualTo(item("pk", s("k"), "extra", s("o")));
    }

    @Test
    void nestedPathsKeepTheirShape() {
        assertThat(projection("m.y.z, m.x").apply(item)).isEqualTo(item("m", m("y", m("z", s("deep")), "x", n("1"))));
    }

    @Test
    void projectedListElementsCloseRanksInIndexOrder() {
        assertThat(projection("a[3], a[1]").apply(item)).isEqualTo(item("a", l(s("a1"), s("a3"))));
    }

    @Test
    void listElementsInsideMaps() {
        assertThat(projection("m.w[1]").apply(item)).isEqualTo(item("m", m("w", l(n("1")))));
    }

    @Test
    void pathsThroughTheWrongTypeProjectNothing() {
        assertThat(projection("pk.x, a.b, m[0]").apply(item)).isEmpty();
    }

    @Test
    void placeholdersResolve() {
        ExpressionContext context = new ExpressionContext(names("#n", "name"), null);
        assertThat(context.projection("#n").apply(item("name", s("v"), "x", s("y")))).isEqualTo(item("name", s("v")));
    }

    @Test
    void pathsAreExposedResolved() {
        ExpressionContext context = new ExpressionContext(names("#n", "name"), null);
        assertThat(context.projection("#n.a[2], b").paths()).extracting(DocumentPath::toString).containsExactly("name.a[2]", "b");
    }

    @Test
    void overlappingPathsAreRejected() {
        assertValidation(() -> projection("a, a[1]"),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, [1]]");
    }

    @Test
    void conflictingPathsAreRejected() {
        assertValidation(() -> projection("a[1], a.b"),
                "Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, b]");
    }

    @Test
    void overlapIsReportedBeforeAnEarlierConflict() {
        assertValidation(() -> projection("a[1], a.b, c, c.d"),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c], path two: [c, d]");
    }
}
