package org.ctgstudio.diagram.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * Another bundle's metamodel is found the same way from its own root, and the classes of installed extensions that
 * extend the family's classes by their names too.
 */
public final class ClassResolver {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            ClassResolver.class);

    private final Map<String, EClass> classes = new HashMap<>();
    private final EPackage top;
    private final EObject root;
    private boolean extensionsRead;

    public ClassResolver(EObject root) {
        this.root = root;
        this.top = top(root.eClass().getEPackage());
        collect(top);
    }

    private static EPackage top(EPackage pack) {
        EPackage result = pack;
        while (result.getESuperPackage() != null) {
            result = result.getESuperPackage();
        }
        return result;
    }

    /**
     * The classes of installed metamodel extensions that extend a class of the root's family (an extension's
     * {@code DepartmentalFunding} extends CTG's {@code Funding}): read on the first name the family does not have.
     */
    private void collectExtensions() {
        extensionsRead = true;
        List<EPackage.Registry> registries = new ArrayList<>();
        if (root.eResource() != null && root.eResource().getResourceSet() != null) {
            registries.add(root.eResource().getResourceSet().getPackageRegistry());
        }
        registries.add(EPackage.Registry.INSTANCE);
        for (EPackage.Registry registry : registries) {
            for (String nsUri : List.copyOf(registry.keySet())) {
                EPackage pack;
                try {
                    pack = registry.getEPackage(nsUri);
                } catch (RuntimeException | LinkageError e) {
                    continue; // a package that cannot be loaded has no class a description can name
                }
                if (pack != null && top(pack) != top) {
                    collectExtending(pack);
                }
            }
        }
    }

    private void collectExtending(EPackage pack) {
        for (EClassifier classifier : pack.getEClassifiers()) {
            if (classifier instanceof EClass eClass && eClass.getEAllSuperTypes().stream()
                    .anyMatch(type -> type.getEPackage() != null && top(type.getEPackage()) == top)) {
                classes.putIfAbsent(eClass.getName(), eClass);
            }
        }
        pack.getESubpackages().forEach(this::collectExtending);
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
        if (eClass == null && !extensionsRead) {
            collectExtensions();
            eClass = classes.get(name);
        }
        if (eClass == null) {
            throw new DescriptionException(place, name, MESSAGES.format("description.unknownClass", name), null);
        }
        return eClass;
    }
}
