package org.ctgstudio.diagram.expression;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.edit.CtgLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a description expression sees of a model element: a read-only map from feature names to values, so that
 * {@code self.title} or {@code self.objectives} reads the EMF feature of that name, never a Java getter. Values are
 * converted on the way: elements become views, lists become lists of views, enumeration literals their literal name
 * ({@code self.status == 'IN_PROGRESS'}). A few derived names exist besides the features:
 * <ul>
 * <li>{@code <feature>Label}: the French (or English) label of an enumeration feature ({@code self.statusLabel});</li>
 * <li>{@code <feature>Text}: a value as French texts write it (numbers {@code 86 500}, dates {@code 31/12/2029},
 * enumeration labels);</li>
 * <li>{@code _label}: the element's label as trees show it; {@code _class}: its EClass name; {@code _id}: its id;
 * {@code _container}: its container; {@code _inverse.<feature>}: the elements whose {@code <feature>} refers to
 * this one ({@code self._inverse.pilot}).</li>
 * </ul>
 * An unknown name is an error (never a silent null), so a misspelt feature is reported with its place.
 */
public final class ModelView extends AbstractMap<String, Object> {

    private static final String LABEL_SUFFIX = "Label";
    private static final String TEXT_SUFFIX = "Text";

    private final EObject element;
    private final InverseReferences inverse;

    private ModelView(EObject element, InverseReferences inverse) {
        this.element = Objects.requireNonNull(element);
        this.inverse = inverse;
    }

    /** The view of an element, or null for null; {@code inverse} answers {@code _inverse} (null: none). */
    public static ModelView of(EObject element, InverseReferences inverse) {
        return element == null ? null : new ModelView(element, inverse);
    }

    private ModelView of(EObject other) {
        return of(other, inverse);
    }

    /** The element behind a value produced by an expression (a view, or an element passed through). */
    public static EObject unwrap(Object value) {
        if (value instanceof ModelView view) {
            return view.element;
        }
        return value instanceof EObject element ? element : null;
    }

    public EObject element() {
        return element;
    }

    @Override
    public Object get(Object key) {
        String name = String.valueOf(key);
        switch (name) {
            case "_label":
                return CtgItemProviders.label(element);
            case "_class":
                return element.eClass().getName();
            case "_id":
                return DiagramIdsSupport.id(element);
            case "_container":
                return of(element.eContainer());
            case "_inverse":
                return new Referrers();
            default:
                break;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature != null) {
            return convert(element.eGet(feature));
        }
        if (name.endsWith(TEXT_SUFFIX)) {
            EStructuralFeature valueFeature = element.eClass()
                    .getEStructuralFeature(name.substring(0, name.length() - TEXT_SUFFIX.length()));
            if (valueFeature != null && !valueFeature.isMany()) {
                return text(element.eGet(valueFeature));
            }
        }
        if (name.endsWith(LABEL_SUFFIX)) {
            EStructuralFeature enumFeature = element.eClass()
                    .getEStructuralFeature(name.substring(0, name.length() - LABEL_SUFFIX.length()));
            if (enumFeature != null && enumFeature.getEType() instanceof EEnum) {
                return enumLabels(element.eGet(enumFeature));
            }
        }
        throw new UnknownFeatureException(element.eClass().getName(), name);
    }

    @Override
    public boolean containsKey(Object key) {
        return element.eClass().getEStructuralFeature(String.valueOf(key)) != null;
    }

    private static Object enumLabels(Object value) {
        if (value instanceof Enumerator literal) {
            return CtgLabels.literal(literal);
        }
        if (value instanceof Collection<?> literals) {
            List<String> labels = new ArrayList<>();
            for (Object literal : literals) {
                labels.add(CtgLabels.literal((Enumerator) literal));
            }
            return String.join(", ", labels);
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return CtgLabels.number(number);
        }
        if (value instanceof java.time.LocalDate date) {
            return CtgLabels.date(date);
        }
        if (value instanceof Enumerator literal) {
            return CtgLabels.literal(literal);
        }
        return value == null ? "" : value.toString();
    }

    /** {@code _inverse}: the referrers of this element, by feature name. */
    final class Referrers extends AbstractMap<String, Object> {
        @Override
        public Object get(Object key) {
            if (inverse == null) {
                return List.of();
            }
            return convert(inverse.referrers(element, String.valueOf(key)));
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }

    Object convert(Object value) {
        if (value instanceof EObject object) {
            return of(object);
        }
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> converted = new ArrayList<>(collection.size());
            for (Object item : collection) {
                converted.add(convert(item));
            }
            return converted;
        }
        return value;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        List<EStructuralFeature> features = element.eClass().getEAllStructuralFeatures();
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<EStructuralFeature> it = features.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        EStructuralFeature feature = it.next();
                        return new SimpleImmutableEntry<>(feature.getName(), convert(element.eGet(feature)));
                    }
                };
            }

            @Override
            public int size() {
                return features.size();
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelView view && view.element == element;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(element);
    }

    @Override
    public String toString() {
        String label = CtgItemProviders.label(element);
        return label != null ? label : element.eClass().getName();
    }

    /** A name that is neither a feature nor a derived name of the element's class. */
    public static final class UnknownFeatureException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;
        private final String feature;

        UnknownFeatureException(String className, String feature) {
            super(className + "." + feature);
            this.className = className;
            this.feature = feature;
        }

        public String className() {
            return className;
        }

        public String feature() {
            return feature;
        }
    }
}
