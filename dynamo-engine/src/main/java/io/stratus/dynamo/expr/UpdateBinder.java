package io.stratus.dynamo.expr;

import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.expr.ast.UpdateAction;
import io.stratus.dynamo.expr.ast.UpdateTree;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed UpdateExpression into a {@link BoundUpdate}, checking it in DynamoDB's order:
 * reserved words, unknown functions, repeated clauses, undefined names, undefined values,
 * overlapping and conflicting paths, ADD/DELETE operand types, then function operands.
 */
final class UpdateBinder {

    private static final Map<String, Integer> FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2);

    private final Resolver resolver;
    private final InvalidExpression invalid;

    private UpdateBinder(Resolver resolver, InvalidExpression invalid) {
        this.resolver = resolver;
        this.invalid = invalid;
    }

    static BoundUpdate bind(UpdateTree tree, Resolver resolver, InvalidExpression invalid) {
        UpdateBinder binder = new UpdateBinder(resolver, invalid);
        binder.check(tree);
        return binder.bindActions(tree);
    }

    private void check(UpdateTree tree) {
        List<Operand> operands = new ArrayList<>();
        for (UpdateTree.Clause clause : tree.clauses()) {
            for (UpdateAction action : clause.actions()) {
                operands.add(action.path());
                if (action instanceof UpdateAction.Set set) {
                    ConditionBinder.collect(set.value(), operands);
                } else if (action instanceof UpdateAction.Add add) {
                    operands.add(add.value());
                } else if (action instanceof UpdateAction.Delete delete) {
                    operands.add(delete.value());
                }
            }
        }
        for (Operand o : operands) {
            if (o instanceof Operand.Path path) {
                String reserved = Resolver.reservedWordIn(path);
                if (reserved != null) {
                    throw invalid.reservedWord(reserved);
                }
            }
        }
        for (Operand o : operands) {
            if (o instanceof Operand.Call call && !FUNCTIONS.containsKey(call.name())) {
                throw invalid.unknownFunction(call.name());
            }
        }
        Set<UpdateTree.Keyword> seen = EnumSet.noneOf(UpdateTree.Keyword.class);
        for (UpdateTree.Clause clause : tree.clauses()) {
            if (!seen.add(clause.keyword())) {
                throw invalid.error("The \"" + clause.keyword() + "\" section can only be used once in an update expression;");
            }
        }
        for (Operand o : operands) {
            if (o instanceof Operand.Path path) {
                String undefined = resolver.undefinedNameIn(path);
                if (undefined != null) {
                    throw invalid.undefinedName(undefined);
                }
            }
        }
        for (Operand o : operands) {
            if (o instanceof Operand.Value value && !resolver.isValueDefined(value.placeholder())) {
                throw invalid.undefinedValue(value.placeholder());
            }
        }
    }

    private BoundUpdate bindActions(UpdateTree tree) {
        List<DocumentPath> written = new ArrayList<>();
        for (UpdateTree.Clause clause : tree.clauses()) {
            for (UpdateAction action : clause.actions()) {
                written.add(resolver.path(action.path()));
            }
        }
        PathOverlap.check(written, invalid);

        List<BoundUpdate.SetAction> sets = new ArrayList<>();
        List<DocumentPath> removes = new ArrayList<>();
        List<BoundUpdate.ValueAction> adds = new ArrayList<>();
        List<BoundUpdate.ValueAction> deletes = new ArrayList<>();
        List<Runnable> functionChecks = new ArrayList<>();
        int i = 0;
        for (UpdateTree.Clause clause : tree.clauses()) {
            for (UpdateAction action : clause.actions()) {
                DocumentPath path = written.get(i++);
                if (action instanceof UpdateAction.Set set) {
                    sets.add(new BoundUpdate.SetAction(path, term(set.value(), functionChecks)));
                } else if (action instanceof UpdateAction.Remove) {
                    removes.add(path);
                } else if (action instanceof UpdateAction.Add add) {
                    adds.add(new BoundUpdate.ValueAction(path, operandOf("ADD", add.value())));
                } else {
                    deletes.add(new BoundUpdate.ValueAction(path, operandOf("DELETE", ((UpdateAction.Delete) action).value())));
                }
            }
        }
        functionChecks.forEach(Runnable::run);
        return new BoundUpdate(sets, removes, adds, deletes, written);
    }

    /** ADD takes a number or a set, DELETE a set; AWS names the offending type in words. */
    private AttributeValue operandOf(String operator, Operand.Value placeholder) {
        AttributeValue value = resolver.value(placeholder.placeholder());
        String word = switch (value.type()) {
            case S -> "STRING";
            case N -> operator.equals("ADD") ? null : "NUMBER";
            case B -> "BINARY";
            case NULL -> "NULL";
            case BOOL -> "BOOLEAN";
            case L -> "LIST";
            case M -> "MAP";
            default -> null;
        };
        if (word != null) {
            throw invalid.error("Incorrect operand type for operator or function; operator: " + operator
                    + ", operand type: " + word);
        }
        return value;
    }

    // Function checks are collected and run after all ADD/DELETE operand checks, AWS's order.
    private Term term(Operand operand, List<Runnable> functionChecks) {
        if (operand instanceof Operand.Path path) {
            return new Term.PathTerm(resolver.path(path));
        }
        if (operand instanceof Operand.Value value) {
            return new Term.Literal(resolver.value(value.placeholder()));
        }
        if (operand instanceof Operand.Arithmetic arithmetic) {
            Term left = term(arithmetic.left(), functionChecks);
            Term right = term(arithmetic.right(), functionChecks);
            String symbol = String.valueOf(arithmetic.operator());
            functionChecks.add(() -> requireLiteralType(symbol, AttributeValue.Type.N, left, right));
            return new Term.Arithmetic(left, arithmetic.operator() == '+', right);
        }
        Operand.Call call = (Operand.Call) operand;
        List<Term> args = new ArrayList<>(call.arguments().size());
        for (Operand argument : call.arguments()) {
            args.add(term(argument, functionChecks));
        }
        String name = call.name();
        functionChecks.add(() -> {
            if (args.size() != FUNCTIONS.get(name)) {
                throw invalid.operandCount(name, args.size());
            }
            if (name.equals("if_not_exists") && !(args.get(0) instanceof Term.PathTerm)) {
                throw invalid.requiresPath(name);
            }
            if (name.equals("list_append")) {
                requireLiteralType(name, AttributeValue.Type.L, args.toArray(new Term[0]));
            }
        });
        if (args.size() != FUNCTIONS.get(name)) {
            // The check above reports it; keep building a well-formed term meanwhile.
            return new Term.Literal(new AttributeValue.L(List.of()));
        }
        if (name.equals("if_not_exists")) {
            return args.get(0) instanceof Term.PathTerm path
                    ? new Term.IfNotExists(path.path(), args.get(1)) : args.get(1);
        }
        return new Term.ListAppend(args.get(0), args.get(1));
    }

    private void requireLiteralType(String function, AttributeValue.Type expected, Term... terms) {
        for (Term t : terms) {
            if (t instanceof Term.Literal literal && literal.value().type() != expected) {
                throw invalid.operandType(function, literal.value().type());
            }
        }
    }
}
