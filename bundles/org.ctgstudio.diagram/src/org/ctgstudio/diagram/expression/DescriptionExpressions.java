package org.ctgstudio.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.MapContext;
import org.eclipse.emf.ecore.EObject;

/**
 * The expression language of diagram descriptions: Apache Commons JEXL restricted to side-effect-free expressions
 * over model views ({@link ModelView}): properties ({@code self.objectives}), projections over lists
 * ({@code self.axes.objectives}), indexing, arithmetic, comparisons,
 * {@code &&}, {@code ||}, {@code ?:}, {@code =~}, string concatenation, {@code size()} and {@code empty()}.
 * <p>
 * The parser refuses method calls, {@code new}, lambdas, loops, assignments, pragmas and namespaces; the
 * introspection ({@link DescriptionUberspect}) knows only model views and lists, so no property reaches Java. So a description can neither
 * run Java code, load a class nor read a file. Every failure is a {@link DescriptionException} that says where.
 * Parsed expressions are cached (JEXL's own cache); the engine is thread-safe.
 */
public final class DescriptionExpressions {

    private static final JexlFeatures FEATURES = new JexlFeatures()
            .methodCall(false).newInstance(false).lambda(false).thinArrow(false).fatArrow(false).loops(false)
            .sideEffect(false).sideEffectGlobal(false).localVar(false).register(false).annotation(false)
            .pragma(false).pragmaAnywhere(false).importPragma(false).namespacePragma(false)
            .namespaceIdentifier(false).script(false).structuredLiteral(true).arrayReferenceExpr(true);

    /**
     * Strict for names (a misspelt feature is an error), lenient for values: an empty feature of a model being
     * drafted (an axis without its label yet) reads as nothing in a label or a comparison, instead of failing the
     * whole diagram.
     */
    private final JexlEngine engine = new JexlBuilder().features(FEATURES).uberspect(new DescriptionUberspect())
            .strict(true).arithmetic(new JexlArithmetic(false)).safe(true).silent(false).cache(1024).create();

    /** Parses an expression (and caches it), or says where and why it is refused. */
    public JexlExpression parse(String expression, ExpressionPlace place) {
        try {
            return engine.createExpression(expression);
        } catch (JexlException e) {
            throw new DescriptionException(place, expression, reason(e), e);
        }
    }

    /** The variable that carries the {@link InverseReferences} of a build (not visible to expressions). */
    public static final String INVERSE = "_inverse";

    /**
     * The value of an expression; variables are given as model elements or plain values, and {@link #INVERSE} may
     * give the inverse references that {@code _inverse} reads.
     */
    public Object evaluate(String expression, Map<String, ?> variables, ExpressionPlace place) {
        JexlExpression parsed = parse(expression, place);
        MapContext context = new MapContext();
        InverseReferences inverse = (InverseReferences) variables.get(INVERSE);
        variables.forEach((name, value) -> {
            if (!INVERSE.equals(name)) {
                context.set(name, value instanceof EObject e ? ModelView.of(e, inverse) : value);
            }
        });
        try {
            return parsed.evaluate(context);
        } catch (ModelView.UnknownFeatureException e) {
            throw unknownFeature(expression, place, e);
        } catch (JexlException e) {
            if (e.getCause() instanceof ModelView.UnknownFeatureException unknown) {
                throw unknownFeature(expression, place, unknown);
            }
            throw new DescriptionException(place, expression, reason(e), e);
        } catch (RuntimeException e) {
            throw new DescriptionException(place, expression, String.valueOf(e.getMessage()), e);
        }
    }

    /** The model elements an expression gives: one element, a list of them, or none (null). */
    public List<EObject> elements(String expression, Map<String, ?> variables, ExpressionPlace place) {
        Object value = evaluate(expression, variables, place);
        List<EObject> elements = new ArrayList<>();
        addElement(elements, value, expression, place);
        return elements;
    }

    /** Adds an element, or the elements of a (nested) list: {@code [self.parties.organisation, self.fundings.funder]}. */
    private static void addElement(List<EObject> elements, Object value, String expression, ExpressionPlace place) {
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                addElement(elements, item, expression, place);
            }
            return;
        }
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                addElement(elements, java.lang.reflect.Array.get(value, i), expression, place);
            }
            return;
        }
        EObject element = ModelView.unwrap(value);
        if (element == null) {
            if (value == null) {
                return;
            }
            throw new DescriptionException(place, expression,
                    DescriptionException.MESSAGES.format("expression.notElements", value), null);
        }
        elements.add(element);
    }

    /** A condition: true only for {@code true} (null and anything else are false). */
    public boolean condition(String expression, Map<String, ?> variables, ExpressionPlace place) {
        return Boolean.TRUE.equals(evaluate(expression, variables, place));
    }

    /** A text: null gives the empty string. */
    public String text(String expression, Map<String, ?> variables, ExpressionPlace place) {
        Object value = evaluate(expression, variables, place);
        return value == null ? "" : value.toString();
    }

    private static DescriptionException unknownFeature(String expression, ExpressionPlace place,
            ModelView.UnknownFeatureException e) {
        return new DescriptionException(place, expression,
                DescriptionException.MESSAGES.format("expression.unknownFeature", e.feature(), e.className()), e);
    }

    private static String reason(JexlException e) {
        if (e instanceof JexlException.Feature) {
            return DescriptionException.MESSAGES.format("expression.forbidden", e.getMessage());
        }
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization) {
            return DescriptionException.MESSAGES.format("expression.syntax", e.getMessage());
        }
        if (e instanceof JexlException.Method || e instanceof JexlException.Property
                || e instanceof JexlException.Variable) {
            return DescriptionException.MESSAGES.format("expression.refused", e.getMessage());
        }
        return e.getMessage();
    }
}
