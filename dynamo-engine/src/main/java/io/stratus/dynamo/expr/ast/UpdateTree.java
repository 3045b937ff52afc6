package io.stratus.dynamo.expr.ast;

import java.util.List;

/** A parsed UpdateExpression: its clauses in written order (a repeated clause is kept for the resolver to reject). */
public record UpdateTree(List<Clause> clauses) {
    public UpdateTree {
        clauses = List.copyOf(clauses);
    }

    /** The four clause keywords. */
    public enum Keyword { SET, REMOVE, ADD, DELETE }

    /** One clause: its keyword and actions. */
    public record Clause(Keyword keyword, List<UpdateAction> actions) {
        public Clause {
            actions = List.copyOf(actions);
        }
    }
}
