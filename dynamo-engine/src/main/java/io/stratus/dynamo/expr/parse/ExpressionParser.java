package io.stratus.dynamo.expr.parse;

import io.stratus.dynamo.expr.ast.ConditionNode;
import io.stratus.dynamo.expr.ast.ConditionTree;
import io.stratus.dynamo.expr.ast.Operand;
import io.stratus.dynamo.expr.ast.PathStep;
import io.stratus.dynamo.expr.ast.ProjectionTree;
import io.stratus.dynamo.expr.ast.UpdateAction;
import io.stratus.dynamo.expr.ast.UpdateTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for DynamoDB's expression language. It checks syntax only; reserved
 * words, placeholders, function names and operand types are the resolver's business.
 *
 * <p>Grammar (EBNF; keywords are case-insensitive, function names are not):
 * <pre>
 * condition   = orCond EOF ;
 * orCond      = andCond { "OR" andCond } ;
 * andCond     = notCond { "AND" notCond } ;
 * notCond     = "NOT" notCond | primary ;
 * primary     = "(" orCond ")" | predicate ;
 * predicate   = operand comparator operand
 *             | operand "BETWEEN" operand "AND" operand
 *             | operand "IN" "(" operand { "," operand } ")"
 *             | call ;
 * comparator  = "=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ;
 * operand     = "(" operand ")" | VALUE_REF | call | path ;
 * call        = IDENTIFIER "(" operand { "," operand } ")" ;
 * path        = name { "." name | "[" NUMBER "]" } ;
 * name        = IDENTIFIER | NAME_REF ;
 *
 * projection  = path { "," path } EOF ;
 *
 * update      = clause { clause } EOF ;
 * clause      = "SET" setAction { "," setAction }
 *             | "REMOVE" path { "," path }
 *             | "ADD" path VALUE_REF { "," path VALUE_REF }
 *             | "DELETE" path VALUE_REF { "," path VALUE_REF } ;
 * setAction   = path "=" setValue ;
 * setValue    = setOperand [ ( "+" | "-" ) setOperand ] ;
 * setOperand  = "(" setValue ")" | VALUE_REF | setCall | path ;
 * setCall     = IDENTIFIER "(" setValue { "," setValue } ")" ;
 *
 * IDENTIFIER  = letter { letter | digit | "_" } ;     (not AND OR NOT BETWEEN IN in conditions,
 *                                                        not SET REMOVE ADD DELETE in updates)
 * NAME_REF    = "#" ( letter | digit | "_" ) { letter | digit | "_" } ;
 * VALUE_REF   = ":" ( letter | digit | "_" ) { letter | digit | "_" } ;
 * NUMBER      = digit { digit } ;
 * </pre>
 * The primary/operand ambiguity of {@code (} is settled by backtracking: a parenthesised
 * condition is tried first, then a predicate whose operand is parenthesised.
 *
 * <p>Syntax errors read {@code Syntax error; token: "T", near: "N"} where T is the offending
 * token ({@code <EOF>} at the end) and N the source text from the token before it to the token
 * after it, as DynamoDB reports them.
 */
public final class ExpressionParser {

    private static final String[] CONDITION_KEYWORDS = {"AND", "OR", "NOT", "BETWEEN", "IN"};
    private static final String[] UPDATE_KEYWORDS = {"SET", "REMOVE", "ADD", "DELETE"};

    private final String text;
    private final List<Token> tokens;
    private final String[] keywords;
    private final Set<Object> parenthesised = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean redundantParentheses;
    private int pos;

    private ExpressionParser(String text, String[] keywords) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
        this.keywords = keywords;
    }

    /** Parses a ConditionExpression, FilterExpression or KeyConditionExpression. */
    public static ConditionTree parseCondition(String text) {
        ExpressionParser p = new ExpressionParser(text, CONDITION_KEYWORDS);
        ConditionNode root = p.orCondition();
        p.expect(Token.Type.EOF);
        return new ConditionTree(root, p.redundantParentheses);
    }

    /** Parses a ProjectionExpression. */
    public static ProjectionTree parseProjection(String text) {
        ExpressionParser p = new ExpressionParser(text, CONDITION_KEYWORDS);
        List<Operand.Path> paths = new ArrayList<>();
        paths.add(p.path());
        while (p.accept(Token.Type.COMMA)) {
            paths.add(p.path());
        }
        p.expect(Token.Type.EOF);
        return new ProjectionTree(paths);
    }

    /** Parses an UpdateExpression. */
    public static UpdateTree parseUpdate(String text) {
        ExpressionParser p = new ExpressionParser(text, UPDATE_KEYWORDS);
        List<UpdateTree.Clause> clauses = new ArrayList<>();
        do {
            clauses.add(p.clause());
        } while (p.peek().type() != Token.Type.EOF);
        return new UpdateTree(clauses);
    }

    // ---- conditions

    private ConditionNode orCondition() {
        ConditionNode left = andCondition();
        while (peek().isKeyword("OR")) {
            pos++;
            left = new ConditionNode.Or(left, andCondition());
        }
        return left;
    }

    private ConditionNode andCondition() {
        ConditionNode left = notCondition();
        while (peek().isKeyword("AND")) {
            pos++;
            left = new ConditionNode.And(left, notCondition());
        }
        return left;
    }

    private ConditionNode notCondition() {
        if (peek().isKeyword("NOT")) {
            pos++;
            return new ConditionNode.Not(notCondition());
        }
        return primary();
    }

    private ConditionNode primary() {
        if (peek().type() != Token.Type.LPAREN) {
            return predicate();
        }
        int mark = pos;
        boolean redundantBefore = redundantParentheses;
        try {
            pos++;
            ConditionNode inner = orCondition();
            expect(Token.Type.RPAREN);
            markParenthesised(inner);
            return inner;
        } catch (ExpressionSyntaxException asCondition) {
            pos = mark;
            redundantParentheses = redundantBefore;
            try {
                return predicate();
            } catch (ExpressionSyntaxException asPredicate) {
                throw asPredicate.tokenIndex() >= asCondition.tokenIndex() ? asPredicate : asCondition;
            }
        }
    }

    private ConditionNode predicate() {
        Operand left = operand();
        Token t = peek();
        ConditionNode.Comparator comparator = comparator(t.type());
        if (comparator != null) {
            pos++;
            return new ConditionNode.Comparison(left, comparator, operand());
        }
        if (t.isKeyword("BETWEEN")) {
            pos++;
            Operand lower = operand();
            if (!peek().isKeyword("AND")) {
                throw syntaxError(pos);
            }
            pos++;
            return new ConditionNode.Between(left, lower, operand());
        }
        if (t.isKeyword("IN")) {
            pos++;
            expect(Token.Type.LPAREN);
            List<Operand> candidates = new ArrayList<>();
            candidates.add(operand());
            while (accept(Token.Type.COMMA)) {
                candidates.add(operand());
            }
            expect(Token.Type.RPAREN);
            return new ConditionNode.In(left, candidates);
        }
        if (left instanceof Operand.Call call && !parenthesised.contains(call)) {
            return new ConditionNode.Function(call);
        }
        throw syntaxError(pos);
    }

    private static ConditionNode.Comparator comparator(Token.Type type) {
        return switch (type) {
            case EQ -> ConditionNode.Comparator.EQ;
            case NE -> ConditionNode.Comparator.NE;
            case LT -> ConditionNode.Comparator.LT;
            case LE -> ConditionNode.Comparator.LE;
            case GT -> ConditionNode.Comparator.GT;
            case GE -> ConditionNode.Comparator.GE;
            default -> null;
        };
    }

    private Operand operand() {
        return operandOf(false);
    }

    /**
     * An operand of a condition ({@code inSet} false) or of a SET value ({@code inSet} true): the
     * two grammars differ only in what a parenthesis or a call argument holds, and in that only a
     * condition operand's parentheses are remembered, to detect redundant ones.
     */
    private Operand operandOf(boolean inSet) {
        Token t = peek();
        switch (t.type()) {
            case LPAREN -> {
                pos++;
                Operand inner = inSet ? setValue() : operand();
                expect(Token.Type.RPAREN);
                if (!inSet) {
                    markParenthesised(inner);
                }
                return inner;
            }
            case VALUE_REF -> {
                pos++;
                return new Operand.Value(t.text());
            }
            case IDENTIFIER -> {
                if (tokens.get(pos + 1).type() == Token.Type.LPAREN && !isKeyword(t)) {
                    return call(inSet);
                }
                return path();
            }
            case NAME_REF -> {
                return path();
            }
            default -> throw syntaxError(pos);
        }
    }

    private Operand.Call call(boolean allowArithmetic) {
        String name = tokens.get(pos).text();
        pos += 2;
        List<Operand> arguments = new ArrayList<>();
        arguments.add(allowArithmetic ? setValue() : operand());
        while (accept(Token.Type.COMMA)) {
            arguments.add(allowArithmetic ? setValue() : operand());
        }
        expect(Token.Type.RPAREN);
        return new Operand.Call(name, arguments);
    }

    // ---- paths

    private Operand.Path path() {
        List<PathStep> steps = new ArrayList<>();
        Token first = peek();
        if (first.type() == Token.Type.NAME_REF) {
            steps.add(new PathStep.Placeholder(first.text()));
        } else if (first.type() == Token.Type.IDENTIFIER && !isKeyword(first)) {
            steps.add(new PathStep.Attribute(first.text()));
        } else {
            throw syntaxError(pos);
        }
        pos++;
        while (true) {
            Token t = peek();
            if (t.type() == Token.Type.DOT) {
                pos++;
                Token name = peek();
                if (name.type() == Token.Type.NAME_REF) {
                    steps.add(new PathStep.Placeholder(name.text()));
                } else if (name.type() == Token.Type.IDENTIFIER) {
                    steps.add(new PathStep.Attribute(name.text()));
                } else {
                    throw syntaxError(pos);
                }
                pos++;
            } else if (t.type() == Token.Type.LBRACKET) {
                pos++;
                Token number = peek();
                if (number.type() != Token.Type.NUMBER) {
                    throw syntaxError(pos);
                }
                int index;
                try {
                    index = Integer.parseInt(number.text());
                } catch (NumberFormatException tooLarge) {
                    throw syntaxError(pos);
                }
                pos++;
                expect(Token.Type.RBRACKET);
                steps.add(new PathStep.Index(index));
            } else {
                return new Operand.Path(steps);
            }
        }
    }

    // ---- updates

    private UpdateTree.Clause clause() {
        Token t = peek();
        UpdateTree.Keyword keyword = null;
        for (UpdateTree.Keyword k : UpdateTree.Keyword.values()) {
            if (t.isKeyword(k.name())) {
                keyword = k;
            }
        }
        if (keyword == null) {
            throw syntaxError(pos);
        }
        pos++;
        List<UpdateAction> actions = new ArrayList<>();
        do {
            actions.add(action(keyword));
        } while (accept(Token.Type.COMMA));
        return new UpdateTree.Clause(keyword, actions);
    }

    private UpdateAction action(UpdateTree.Keyword keyword) {
        Operand.Path path = path();
        switch (keyword) {
            case SET -> {
                expect(Token.Type.EQ);
                return new UpdateAction.Set(path, setValue());
            }
            case REMOVE -> {
                return new UpdateAction.Remove(path);
            }
            default -> {
                Token value = peek();
                if (value.type() != Token.Type.VALUE_REF) {
                    throw syntaxError(pos);
                }
                pos++;
                Operand.Value v = new Operand.Value(value.text());
                return keyword == UpdateTree.Keyword.ADD ? new UpdateAction.Add(path, v) : new UpdateAction.Delete(path, v);
            }
        }
    }

    private Operand setValue() {
        Operand left = setOperand();
        Token t = peek();
        if (t.type() == Token.Type.PLUS || t.type() == Token.Type.MINUS) {
            pos++;
            return new Operand.Arithmetic(left, t.text().charAt(0), setOperand());
        }
        return left;
    }

    private Operand setOperand() {
        return operandOf(true);
    }

    // ---- helpers

    private void markParenthesised(Object node) {
        if (!parenthesised.add(node)) {
            redundantParentheses = true;
        }
    }

    private boolean isKeyword(Token t) {
        for (String k : keywords) {
            if (t.isKeyword(k)) {
                return true;
            }
        }
        return false;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private boolean accept(Token.Type type) {
        if (peek().type() == type) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(Token.Type type) {
        if (!accept(type)) {
            throw syntaxError(pos);
        }
    }

    private ExpressionSyntaxException syntaxError(int index) {
        Token bad = tokens.get(index);
        Token before = index > 0 ? tokens.get(index - 1) : null;
        Token after = index + 1 < tokens.size() && tokens.get(index + 1).type() != Token.Type.EOF
                ? tokens.get(index + 1) : null;
        int from = before != null ? before.start() : bad.start();
        int to;
        if (bad.type() == Token.Type.EOF) {
            to = before != null ? before.end() : bad.start();
        } else {
            to = after != null ? after.end() : bad.end();
        }
        return new ExpressionSyntaxException(
                "Syntax error; token: \"" + bad.text() + "\", near: \"" + text.substring(from, to) + "\"", index);
    }
}
