package org.ctgstudio.docgen.check;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the names of one FreeMarker expression against the data model before anything runs: {@code fiche.intitulé}
 * is reported even inside a condition that would not be taken with the data at hand. FreeMarker has no public API to
 * walk its expressions, so this reads them itself; it follows name chains ({@code a.b[0].c?first.d}), lambda
 * parameters ({@code ?filter(f -> f.prioritaire)}), and refuses the built-ins the sandbox forbids. Types it cannot
 * follow (the result of {@code ?string} …) end the check of that chain, never a false alarm.
 */
final class ExpressionChecker {

    /** A finding: {@code kind} is "root", "member", "list", "scalar", "builtin" or "special". */
    record Issue(String kind, String name, String chain, Type owner) {
    }

    /** Built-ins refused by the sandbox: they create objects, reach Java APIs or run text as a template. */
    static final Set<String> FORBIDDEN_BUILTINS = Set.of("new", "api", "has_api", "eval", "eval_json", "interpret",
            "absolute_template_name");
    /** Special variables ({@code .now}) a template may read; the others expose the engine's internals. */
    static final Set<String> ALLOWED_SPECIALS = Set.of("now", "lang", "locale", "version");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "gt", "gte", "lt", "lte", "as", "in",
            "using");
    private static final Set<String> SAME_LIST = Set.of("sort", "sort_by", "reverse", "filter", "take_while",
            "drop_while", "sequence");
    private static final Set<String> LAMBDA_ON_ELEMENTS = Set.of("filter", "map", "take_while", "drop_while",
            "sort_by");
    /** A type the check cannot follow (a loop variable over an unknown list, an assigned value …). */
    static final Type UNKNOWN = Unknown.class;

    private enum Unknown {
    }

    private ExpressionChecker() {
    }

    /** The type of a plain name chain such as {@code convention.fiches}, or null when it has none or is not one. */
    static Type typeOf(String expression, Map<String, Type> scope) {
        Result result = check(expression, scope);
        return result.issues.isEmpty() && result.wholeChain ? nullIfUnknown(result.lastType) : null;
    }

    static List<Issue> issues(String expression, Map<String, Type> scope) {
        return check(expression, scope).issues;
    }

    private static Type nullIfUnknown(Type type) {
        return type == UNKNOWN ? null : type;
    }

    private static final class Result {
        final List<Issue> issues = new ArrayList<>();
        Type lastType;
        /** Whether the expression is one name chain at its top level ({@code a.b?filter(x -> …)}, not a + b). */
        boolean wholeChain;
    }

    /** The reading state inside one pair of parentheses or brackets. */
    private static final class Context {
        final Map<String, Type> scope;
        final Type lambdaElement;
        Type chain;
        String chainText = "";
        /** The type before an index access {@code x[…]} opened this context. */
        Type indexed;
        /** Whether this context holds a built-in's arguments ({@code ?filter(…)}): its result type stays. */
        boolean builtinArguments;

        Context(Map<String, Type> scope, Type lambdaElement) {
            this.scope = scope;
            this.lambdaElement = lambdaElement;
        }
    }

    private static Result check(String expression, Map<String, Type> rootScope) {
        Result result = new Result();
        List<String> tokens = tokens(expression);
        Deque<Context> stack = new ArrayDeque<>();
        Context context = new Context(rootScope, null);
        String previous = "";
        boolean afterBuiltin = false;
        Type pendingLambda = null;
        int topChains = 0;
        boolean topOperator = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (isIdentifier(token) && !".".equals(previous) && !"?".equals(previous)) {
                if ("->".equals(next)) {
                    Map<String, Type> scope = new HashMap<>(context.scope);
                    scope.put(token, context.lambdaElement == null ? UNKNOWN : context.lambdaElement);
                    Context lambda = new Context(scope, null);
                    stack.push(context);
                    context = lambda;
                    context.indexed = UNKNOWN; // closes with the enclosing parenthesis
                    i++;
                } else if (!KEYWORDS.contains(token)) {
                    Type type = context.scope.get(token);
                    if (type == null) {
                        result.issues.add(new Issue("root", token, token, null));
                        type = UNKNOWN;
                    }
                    context.chain = type;
                    context.chainText = token;
                    topChains += stack.isEmpty() ? 1 : 0;
                }
            } else if (".".equals(token) && isIdentifier(next)) {
                if (context.chain == null) {
                    if (!ALLOWED_SPECIALS.contains(next)) {
                        result.issues.add(new Issue("special", next, "." + next, null));
                    }
                    context.chain = UNKNOWN;
                } else {
                    context.chain = member(context, next, result);
                }
                i++;
                token = next;
            } else if ("?".equals(token) && isIdentifier(next)) {
                if (FORBIDDEN_BUILTINS.contains(next)) {
                    result.issues.add(new Issue("builtin", next, context.chainText + "?" + next, null));
                }
                Type receiver = context.chain;
                pendingLambda = LAMBDA_ON_ELEMENTS.contains(next) && receiver != null && DataModelSchema.isList(receiver)
                        ? DataModelSchema.elementType(receiver) : null;
                context.chain = builtinResult(receiver, next);
                i++;
                previous = next;
                afterBuiltin = true;
                continue;
            } else if ("(".equals(token) || "[".equals(token)) {
                Context inner = new Context(context.scope, "(".equals(token) ? pendingLambda : null);
                inner.indexed = "[".equals(token) && context.chain != null ? context.chain : null;
                inner.builtinArguments = "(".equals(token) && afterBuiltin;
                pendingLambda = null;
                stack.push(context);
                context = inner;
            } else if (")".equals(token) || "]".equals(token)) {
                while (context.indexed == UNKNOWN && !stack.isEmpty() && ")".equals(token)) {
                    context = stack.pop(); // leave a lambda body
                }
                Type indexed = context.indexed;
                boolean builtin = context.builtinArguments;
                context = stack.isEmpty() ? context : stack.pop();
                if ("]".equals(token)) {
                    context.chain = indexed == null ? null : elementOrUnknown(indexed);
                } else if (context.chain != null && !builtin) {
                    context.chain = UNKNOWN; // the result of a call
                }
            } else if (!isIdentifier(token)) {
                context.chain = null; // an operator, a literal: the chain ends
                context.chainText = "";
                topOperator |= stack.isEmpty();
            }
            previous = token;
            afterBuiltin = false;
            if (stack.isEmpty()) {
                result.lastType = context.chain;
            }
        }
        result.wholeChain = topChains == 1 && !topOperator && stack.isEmpty();
        return result;
    }

    private static Type member(Context context, String name, Result result) {
        Type owner = context.chain;
        String chain = context.chainText + "." + name;
        context.chainText = chain;
        if (owner == UNKNOWN || owner == Object.class) {
            return UNKNOWN;
        }
        if (DataModelSchema.isMap(owner)) {
            return elementOrUnknown(owner);
        }
        if (DataModelSchema.isList(owner)) {
            result.issues.add(new Issue("list", name, chain, owner));
            return UNKNOWN;
        }
        Type type = DataModelSchema.members(owner).get(name);
        if (type == null) {
            result.issues.add(new Issue(DataModelSchema.isRecord(owner) ? "member" : "scalar", name, chain, owner));
            return UNKNOWN;
        }
        return type;
    }

    private static Type builtinResult(Type receiver, String builtin) {
        if (receiver == null || receiver == UNKNOWN || !DataModelSchema.isList(receiver)) {
            return UNKNOWN;
        }
        if ("first".equals(builtin) || "last".equals(builtin)) {
            return elementOrUnknown(receiver);
        }
        return SAME_LIST.contains(builtin) ? receiver : UNKNOWN;
    }

    private static Type elementOrUnknown(Type type) {
        Type element = DataModelSchema.elementType(type);
        return element == null ? UNKNOWN : element;
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
    }

    /** Identifiers, punctuation and operators; literals become one opaque token ("s" for strings, "0" numbers). */
    static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'' || (c == 'r' && i + 1 < expression.length()
                    && (expression.charAt(i + 1) == '"' || expression.charAt(i + 1) == '\''))) {
                int quote = c == 'r' ? i + 1 : i;
                int end = FieldScanner.endOfString(expression, quote);
                tokens.add("\"s\"");
                i = end < 0 ? expression.length() : end + 1;
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && (Character.isDigit(expression.charAt(i))
                        || expression.charAt(i) == '.' && i + 1 < expression.length()
                        && Character.isDigit(expression.charAt(i + 1)))) {
                    i++;
                }
                tokens.add("0");
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                        || expression.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(expression.substring(start, i));
            } else if (expression.startsWith("->", i) || expression.startsWith("??", i)) {
                tokens.add(expression.substring(i, i + 2));
                i += 2;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }
}
