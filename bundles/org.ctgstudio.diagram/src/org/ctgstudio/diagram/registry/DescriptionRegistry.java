package org.ctgstudio.diagram.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The representation descriptions known to CTG Studio, by id: CTG Studio's own four (the XMI file
 * {@code descriptions/ctg.diagrams} of this bundle) and those other bundles add with {@link #add} (a plugin loads
 * its own description file with {@link #load}). Works with or without OSGi.
 */
public final class DescriptionRegistry {

    /** The resource of this bundle with CTG Studio's descriptions. */
    public static final String BUILT_IN = "/descriptions/ctg.diagrams";

    private static volatile DescriptionRegistry instance;

    private final Map<String, RepresentationDescription> descriptions = new LinkedHashMap<>();

    /** The shared registry, with the built-in descriptions. */
    public static DescriptionRegistry instance() {
        DescriptionRegistry result = instance;
        if (result == null) {
            synchronized (DescriptionRegistry.class) {
                if (instance == null) {
                    DescriptionRegistry registry = new DescriptionRegistry();
                    registry.add(load(DescriptionRegistry.class.getResourceAsStream(BUILT_IN), BUILT_IN));
                    instance = registry;
                }
                result = instance;
            }
        }
        return result;
    }

    /** Reads a description file (XMI of a {@code DiagramDescriptionSet}). */
    public static DiagramDescriptionSet load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("No diagram description file " + name);
        }
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource resource = set.createResource(URI.createURI("platform:/plugin/org.ctgstudio.diagram" + name));
        try (in) {
            resource.load(in, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read diagram descriptions " + name, e);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof DiagramDescriptionSet descriptions)) {
            throw new IllegalStateException(name + " holds no DiagramDescriptionSet");
        }
        return descriptions;
    }

    public synchronized void add(DiagramDescriptionSet set) {
        for (RepresentationDescription description : set.getDescriptions()) {
            descriptions.put(description.getId(), description);
        }
    }

    public synchronized RepresentationDescription get(String id) {
        return descriptions.get(id);
    }

    public synchronized List<RepresentationDescription> all() {
        return Collections.unmodifiableList(new ArrayList<>(descriptions.values()));
    }

    /** The descriptions whose domain class is that of root (or one of its supertypes). */
    public synchronized List<RepresentationDescription> applicableTo(EObject root) {
        List<RepresentationDescription> result = new ArrayList<>();
        for (RepresentationDescription description : descriptions.values()) {
            if (root.eClass().getName().equals(description.getDomainClass())
                    || root.eClass().getEAllSuperTypes().stream()
                            .anyMatch(type -> type.getName().equals(description.getDomainClass()))) {
                result.add(description);
            }
        }
        return result;
    }
}
