package org.ctgstudio.diagram.interpreter;

import java.util.HashMap;
import java.util.Map;

import org.ctgstudio.diagram.expression.DescriptionException;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * Finds the classes that descriptions name ({@code "Action"}, {@code "Committee"}) in the package family of the
 * semantic root: its top package and every subpackage (the CTG metamodel's subpackages plan, funding ...).
 * Another bundle's metamodel is found the same way from its own root.
 */
public final class ClassResolver {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            ClassResolver.class);

    private final Map<String, EClass> classes = new HashMap<>();

    public ClassResolver(EObject root) {
        EPackage top = root.eClass().getEPackage();
        while (top.getESuperPackage() != null) {
            top = top.getESuperPackage();
        }
        collect(top);
    }

    private void collect(EPackage pack) {
        for (EClassifier classifier : pack.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                classes.putIfAbsent(eClass.getName(), eClass);
            }
        }
        pack.getESubpackages().forEach(this::collect);
    }

    /** The class of that name, or a located error. */
    public EClass resolve(String name, ExpressionPlace place) {
        EClass eClass = classes.get(name);
        if (eClass == null) {
            throw new DescriptionException(place, name, MESSAGES.format("description.unknownClass", name), null);
        }
        return eClass;
    }
}
