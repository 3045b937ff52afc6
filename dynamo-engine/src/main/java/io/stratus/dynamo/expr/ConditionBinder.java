package io.stratus.dynamo.expr;

import io.stratus.dynamo.expr.ast.ConditionNode;
import io.stratus.dynamo.expr.ast.ConditionTree;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed condition into a {@link BoundCondition}, checking it the way DynamoDB does and in
 * DynamoDB's order: redundant parentheses, unknown functions, misused functions, reserved words,
 * undefined placeholders, then operand counts, distinct operands and operand types.
 */
final class ConditionBinder {

    /** Condition functions and their operand counts (Developer Guide, "Comparison operator and function reference"). */
    private static final Map<String, Integer> FUNCTIONS = Map.of(
            "attribute_exists", 1,
            "attribute_not_exists", 1,
            "attribute_type", 2,
            "begins_with", 2,
            "contains", 2,
            "size", 1);

    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

    /** The IN operator's limit (Developer Guide, "Comparison operator and function reference": up to 100 values). */
    static final int MAX_IN_OPERANDS = 100;

    private final Resolver resolver;
    private final InvalidExpression invalid;

    private ConditionBinder(Resolver resolver, InvalidExpression invalid) {
        this.resolver = resolver;
        this.invalid = invalid;
    }

    static BoundCondition bind(ConditionTree tree, Resolver resolver, InvalidExpression invalid) {
        ConditionBinder binder = new ConditionBinder(resolver, invalid);
        binder.check(tree);
        return binder.bind(tree.root());
    }

    private void check(ConditionTree tree) {
        if (tree.redundantParentheses()) {
            throw invalid.error("The expression has redundant parentheses;");
        }
        List<Operand> operands = new ArrayList<>();
        collect(tree.root(), operands);
        for (Operand o : operands) {
            if (o instanceof Operand.Call call && !FUNCTIONS.containsKey(call.name())) {
                throw invalid.unknownFunction(call.name());
            }
        }
        checkMisuse(tree.root());
        for (Operand o : operands) {
            if (o instanceof Operand.Path path) {
                String reserved = Resolver.reservedWordIn(path);
                if (reserved != null) {
                    throw invalid.reservedWord(reserved);
                }
            }
        }
        checkPlaceholders(operands, resolver, invalid);
    }

    /** Reports the first undefined name or value in document order. */
    static void checkPlaceholders(List<Operand> operands, Resolver resolver, InvalidExpression invalid) {
        for (Operand o : operands) {
            if (o instanceof Operand.Path path) {
                String undefined = resolver.undefinedNameIn(path);
                if (undefined != null) {
                    throw invalid.undefinedName(undefined);
                }
            } else if (o instanceof Operand.Value value && !resolver.isValueDefined(value.placeholder())) {
                throw invalid.undefinedValue(value.placeholder());
            }
        }
    }

    /** Every operand in document order, function calls before their arguments. */
    static void collect(ConditionNode node, List<Operand> out) {
        if (node instanceof ConditionNode.Comparison c) {
            collect(c.left(), out);
            collect(c.right(), out);
        } else if (node instanceof ConditionNode.Between b) {
            collect(b.value(), out);
            collect(b.lower(), out);
            collect(b.upper(), out);
        } else if (node instanceof ConditionNode.In in) {
            collect(in.value(), out);
            in.candidates().forEach(c -> collect(c, out));
        } else if (node instanceof ConditionNode.Function f) {
            collect(f.call(), out);
        } else if (node instanceof ConditionNode.And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (node instanceof ConditionNode.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else {
            collect(((ConditionNode.Not) node).operand(), out);
        }
    }

    static void collect(Operand operand, List<Operand> out) {
        out.add(operand);
        if (operand instanceof Operand.Call call) {
            call.arguments().forEach(a -> collect(a, out));
        } else if (operand instanceof Operand.Arithmetic arithmetic) {
            collect(arithmetic.left(), out);
            collect(arithmetic.right(), out);
        }
    }

    /** Only {@code size} yields a value; the other functions are conditions and cannot be operands. */
    private void checkMisuse(ConditionNode node) {
        if (node instanceof ConditionNode.Comparison c) {
            checkOperands(List.of(c.left(), c.right()));
        } else if (node instanceof ConditionNode.Between b) {
            checkOperands(List.of(b.value(), b.lower(), b.upper()));
        } else if (node instanceof ConditionNode.In in) {
            checkOperands(List.of(in.value()));
            checkOperands(in.candidates());
        } else if (node instanceof ConditionNode.Function f) {
            checkOperands(f.call().arguments());
            if (f.call().name().equals("size")) {
                throw misused("size");
            }
        } else if (node instanceof ConditionNode.And a) {
            checkMisuse(a.left());
            checkMisuse(a.right());
        } else if (node instanceof ConditionNode.Or o) {
            checkMisuse(o.left());
            checkMisuse(o.right());
        } else {
            checkMisuse(((ConditionNode.Not) node).operand());
        }
    }

    private void checkOperands(List<Operand> operands) {
        for (Operand o : operands) {
            if (o instanceof Operand.Call call) {
                if (!call.name().equals("size")) {
                    throw misused(call.name());
                }
                checkOperands(call.arguments());
            }
        }
    }

    private RuntimeException misused(String function) {
        return invalid.error("The function is not allowed to be used this way in an expression; function: " + function);
    }

    private BoundCondition bind(ConditionNode node) {
        if (node instanceof ConditionNode.Comparison c) {
            Term left = term(c.left());
            Term right = term(c.right());
            requireDistinct(c.comparator().symbol(), left, right);
            return new BoundCondition.Compare(left, c.comparator(), right);
        }
        if (node instanceof ConditionNode.Between b) {
            Term value = term(b.value());
            Term lower = term(b.lower());
            Term upper = term(b.upper());
            checkBetweenBounds(lower, upper);
            return new BoundCondition.Between(value, lower, upper);
        }
        if (node instanceof ConditionNode.In in) {
            if (in.candidates().size() > MAX_IN_OPERANDS) {
                throw invalid.error("The IN operator is provided with too many operands; number of operands: "
                        + in.candidates().size());
            }
            Term value = term(in.value());
            List<Term> candidates = new ArrayList<>(in.candidates().size());
            in.candidates().forEach(c -> candidates.add(term(c)));
            return new BoundCondition.In(value, List.copyOf(candidates));
        }
        if (node instanceof ConditionNode.Function f) {
            return function(f.call());
        }
        if (node instanceof ConditionNode.And a) {
            return new BoundCondition.And(bind(a.left()), bind(a.right()));
        }
        if (node instanceof ConditionNode.Or o) {
            return new BoundCondition.Or(bind(o.left()), bind(o.right()));
        }
        return new BoundCondition.Not(bind(((ConditionNode.Not) node).operand()));
    }

    private BoundCondition function(Operand.Call call) {
        String name = call.name();
        int expected = FUNCTIONS.get(name);
        if (call.arguments().size() != expected) {
            throw invalid.operandCount(name, call.arguments().size());
        }
        List<Term> args = new ArrayList<>(expected);
        call.arguments().forEach(a -> args.add(term(a)));
        if (expected == 2) {
            requireDistinct(name, args.get(0), args.get(1));
        }
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> {
                if (!(args.get(0) instanceof Term.PathTerm path)) {
                    throw invalid.requiresPath(name);
                }
                return new BoundCondition.Exists(path.path(), name.equals("attribute_exists"));
            }
            case "attribute_type" -> {
                AttributeValue.Type type = args.get(1).staticType();
                if (type != AttributeValue.Type.S) {
                    // With a path as type operand AWS lists every type, in its own order.
                    throw invalid.operandType(name, type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type.descriptor());
                }
                String typeName = ((AttributeValue.S) ((Term.Literal) args.get(1)).value()).value();
                if (!TYPE_NAMES.contains(typeName)) {
                    throw invalid.error("Invalid attribute type name found; type: " + typeName
                            + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
                return new BoundCondition.TypeIs(args.get(0), args.get(1));
            }
            case "begins_with" -> {
                for (Term t : args) {
                    AttributeValue.Type type = t.staticType();
                    if (type != null && type != AttributeValue.Type.S && type != AttributeValue.Type.B) {
                        throw invalid.operandType(name, type);
                    }
                }
                return new BoundCondition.BeginsWith(args.get(0), args.get(1));
            }
            default -> {
                return new BoundCondition.Contains(args.get(0), args.get(1));
            }
        }
    }

    private void requireDistinct(String operator, Term first, Term second) {
        if (first instanceof Term.PathTerm a && second instanceof Term.PathTerm b && a.path().equals(b.path())) {
            throw invalid.notDistinct(operator, a.path());
        }
    }

    private void checkBetweenBounds(Term lower, Term upper) {
        if (lower instanceof Term.Literal lo && upper instanceof Term.Literal hi) {
            String bounds = "lower bound operand: AttributeValue: {" + describe(lo.value())
                    + "}, upper bound operand: AttributeValue: {" + describe(hi.value()) + "}";
            if (lo.value().type() != hi.value().type()) {
                throw invalid.error("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
            }
            if (ValueOrder.comparable(lo.value(), hi.value()) && ValueOrder.compare(lo.value(), hi.value()) > 0) {
                throw invalid.error("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + bounds);
            }
        }
    }

    private static String describe(AttributeValue v) {
        Object shown = v instanceof AttributeValue.S s ? s.value()
                : v instanceof AttributeValue.N n ? n.value()
                : v instanceof AttributeValue.Bool b ? (Object) b.value()
                : v.toString();
        return v.type().descriptor() + ":" + shown;
    }

    private Term term(Operand operand) {
        if (operand instanceof Operand.Path path) {
            return new Term.PathTerm(resolver.path(path));
        }
        if (operand instanceof Operand.Value value) {
            return new Term.Literal(resolver.value(value.placeholder()));
        }
        if (operand instanceof Operand.Call call) {
            // Only size() gets here (checkMisuse rejected the rest).
            if (call.arguments().size() != 1) {
                throw invalid.operandCount(call.name(), call.arguments().size());
            }
            Term argument = term(call.arguments().get(0));
            AttributeValue.Type type = argument.staticType();
            if (type == AttributeValue.Type.N || type == AttributeValue.Type.BOOL || type == AttributeValue.Type.NULL) {
                throw invalid.operandType("size", type);
            }
            return new Term.Size(argument);
        }
        throw new IllegalStateException("the condition grammar has no arithmetic");
    }
}
