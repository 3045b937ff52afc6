package io.stratus.dynamo.expr;

import java.util.List;

/**
 * DynamoDB's rule that the paths of one ProjectionExpression or UpdateExpression must neither
 * overlap ({@code a} and {@code a.b}, or a path twice) nor conflict ({@code a.b} and {@code a[0]}:
 * one step read as a map key and as a list index). {@code a[1]} and {@code a[2]} are fine.
 */
final class PathOverlap {

    private PathOverlap() {
    }

    /** Throws for the first overlapping pair, or else for the first conflicting pair. */
    static void check(List<DocumentPath> paths, InvalidExpression invalid) {
        RuntimeException conflict = null;
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                DocumentPath one = paths.get(i);
                DocumentPath two = paths.get(j);
                switch (relation(one, two)) {
                    case OVERLAP -> throw invalid.overlap(one, two);
                    case CONFLICT -> {
                        if (conflict == null) {
                            conflict = invalid.conflict(one, two);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (conflict != null) {
            throw conflict;
        }
    }

    private enum Relation { DISJOINT, OVERLAP, CONFLICT }

    private static Relation relation(DocumentPath a, DocumentPath b) {
        int common = Math.min(a.elements().size(), b.elements().size());
        for (int k = 0; k < common; k++) {
            PathElement x = a.elements().get(k);
            PathElement y = b.elements().get(k);
            if (x.getClass() != y.getClass()) {
                return Relation.CONFLICT;
            }
            if (!x.equals(y)) {
                return Relation.DISJOINT;
            }
        }
        return Relation.OVERLAP;
    }
}
