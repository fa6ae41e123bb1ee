package org.ctgstudio.model.resource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * What load messages call things: the French (or English) labels of the metamodel, read from its
 * {@code http://ctgstudio.org/ctg/labels} annotations, so that a message says « Statut » and « Fiche action FA06 »
 * rather than {@code status} and a Java object. The edit bundle has richer labels, but the model layer must not
 * depend on it.
 */
final class ModelLabels {

    private static final String SOURCE = "http://ctgstudio.org/ctg/labels";
    private static final List<String> KEYS = List.of("number", "code", "name", "title", "label");

    private ModelLabels() {
    }

    /** The label of a class, feature or literal in the user's language; its name when it has none. */
    static String of(ENamedElement element) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        String language = LocalizedMessages.locale() == Locale.ENGLISH ? "en" : "fr";
        String label = annotation == null ? null : annotation.getDetails().get(language);
        return label != null ? label : element.getName();
    }

    /** « Statut (status) »: the label users see, and the name written in the file. */
    static String feature(EStructuralFeature feature) {
        String label = of(feature);
        return label.equals(feature.getName()) ? label : label + " (" + feature.getName() + ")";
    }

    /** « Fiche action FA06 »: the class label and the element's number, code, name or title, else its id. */
    static String element(EObject element) {
        if (element instanceof AnyType) {
            return Texts.format("label.unknownElement");
        }
        StringBuilder text = new StringBuilder(of(element.eClass()));
        for (String key : KEYS) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(key);
            if (feature != null && !feature.isMany() && element.eGet(feature) != null
                    && !String.valueOf(element.eGet(feature)).isBlank()) {
                return text.append(' ').append(element.eGet(feature)).toString();
            }
        }
        if (element instanceof Identified identified && identified.getId() != null) {
            text.append(" [").append(identified.getId()).append(']');
        }
        return text.toString();
    }

    /** What a value of this type must look like: the allowed values of an enumeration, a date's format ... */
    static String expected(EClassifier type) {
        if (type instanceof EEnum eEnum) {
            StringJoiner values = new StringJoiner(", ");
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                values.add(Texts.format("value.literal", of(literal), literal.getLiteral()));
            }
            return Texts.format("value.enum", values);
        }
        if (type instanceof EClass eClass) {
            return Texts.format("value.element", of(eClass));
        }
        Class<?> instanceClass = type instanceof EDataType ? type.getInstanceClass() : null;
        String key;
        if (instanceClass == LocalDate.class) {
            key = "value.date";
        } else if (instanceClass == MonthDay.class) {
            key = "value.monthDay";
        } else if (instanceClass == int.class || instanceClass == Integer.class || instanceClass == long.class
                || instanceClass == Long.class || instanceClass == short.class || instanceClass == BigInteger.class) {
            key = "value.integer";
        } else if (instanceClass == BigDecimal.class || instanceClass == double.class || instanceClass == Double.class
                || instanceClass == float.class || instanceClass == Float.class) {
            key = "value.decimal";
        } else if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            key = "value.boolean";
        } else {
            return Texts.format("value.other", type.getName());
        }
        return Texts.format(key);
    }
}
