package org.ctgstudio.diagram.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.RepresentationExtension;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The representation descriptions known to CTG Studio, by id: CTG Studio's own four (the XMI file
 * {@code descriptions/ctg.diagrams} of this bundle), those of the extension point {@value #EXTENSION_POINT} (when an
 * extension registry runs: the workbench and the command line see the same ones) and those other code adds with
 * {@link #add}. A file's {@link RepresentationExtension}s are merged into the descriptions they extend, at once or
 * as soon as the extended description is added. Works with or without OSGi.
 */
public final class DescriptionRegistry {

    /** The resource of this bundle with CTG Studio's descriptions. */
    public static final String BUILT_IN = "/descriptions/ctg.diagrams";

    /** Where plugins name their description files. */
    public static final String EXTENSION_POINT = "org.ctgstudio.diagram.descriptions";

    private static final String PLUGIN_URI = "platform:/plugin/";

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            DescriptionRegistry.class);

    private static volatile DescriptionRegistry instance;

    /**
     * One resource set for every description file, keyed by its {@code platform:/plugin/...} URI: an extension's
     * references to the mappings of CTG Studio's file (or another plugin's) resolve to the loaded descriptions.
     */
    private static final ResourceSet FILES = newResourceSet();

    private final Map<String, RepresentationDescription> descriptions = new LinkedHashMap<>();
    /** Extensions whose representation is not registered yet. */
    private final List<RepresentationExtension> waiting = new ArrayList<>();
    /** Extensions left out: they refer to mappings of files that are not read. */
    private final List<RepresentationExtension> refused = new ArrayList<>();
    private final Map<String, URL> icons = new HashMap<>();

    /** An empty registry, for tools and tests; the workbench, documents and the command line share {@link #instance}. */
    public DescriptionRegistry() {
    }

    /** The shared registry: the built-in descriptions, then the contributed ones. */
    public static DescriptionRegistry instance() {
        DescriptionRegistry result = instance;
        if (result == null) {
            synchronized (DescriptionRegistry.class) {
                if (instance == null) {
                    DescriptionRegistry registry = new DescriptionRegistry();
                    registry.add(load(DescriptionRegistry.class.getResourceAsStream(BUILT_IN),
                            "/org.ctgstudio.diagram" + BUILT_IN));
                    ContributedDescriptions.addTo(registry);
                    instance = registry;
                }
                result = instance;
            }
        }
        return result;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }

    /**
     * Reads a description file (XMI of a {@code DiagramDescriptionSet}); name is its path as
     * {@code /<plugin>/<path in the plugin>}, which makes its URI {@code platform:/plugin/<plugin>/<path>}, the URI
     * other files refer to it by. References to other files resolve among the files read, when they are added.
     */
    public static DiagramDescriptionSet load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("No diagram description file " + name);
        }
        synchronized (FILES) {
            URI uri = URI.createURI(PLUGIN_URI + (name.startsWith("/") ? name.substring(1) : name));
            Resource old = FILES.getResource(uri, false);
            if (old != null) { // read again (a test, a description being written): the new content counts
                FILES.getResources().remove(old);
            }
            Resource resource = FILES.createResource(uri);
            try (in) {
                resource.load(in, Map.of());
            } catch (IOException e) {
                FILES.getResources().remove(resource);
                throw new UncheckedIOException("Cannot read diagram descriptions " + name, e);
            }
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (!(root instanceof DiagramDescriptionSet descriptions)) {
                FILES.getResources().remove(resource);
                throw new IllegalStateException(name + " holds no DiagramDescriptionSet");
            }
            return descriptions;
        }
    }

    /**
     * Registers a file's descriptions (a description whose id is known replaces the earlier one) and its extensions
     * (merged into their representation now, or when it is added).
     */
    public synchronized void add(DiagramDescriptionSet set) {
        for (RepresentationDescription description : set.getDescriptions()) {
            descriptions.put(description.getId(), description);
        }
        waiting.addAll(set.getExtensions());
        for (var it = waiting.iterator(); it.hasNext();) {
            RepresentationExtension extension = it.next();
            RepresentationDescription target = descriptions.get(extension.getRepresentation());
            if (target != null) {
                merge(extension, target);
                it.remove();
            }
        }
    }

    /**
     * Moves what the extension adds into the description: references among them, and to it, stay as they are. An
     * extension that refers to a description file nobody read is left out, and logged with what it misses.
     */
    private void merge(RepresentationExtension extension, RepresentationDescription target) {
        synchronized (FILES) {
            EcoreUtil.resolveAll(extension);
            List<String> unresolved = new ArrayList<>();
            extension.eAllContents().forEachRemaining(element -> element.eCrossReferences().stream()
                    .filter(EObject::eIsProxy).map(proxy -> String.valueOf(EcoreUtil.getURI(proxy)))
                    .forEach(unresolved::add));
            if (!unresolved.isEmpty()) {
                refused.add(extension);
                System.getLogger(DescriptionRegistry.class.getName()).log(System.Logger.Level.ERROR,
                        MESSAGES.format("registry.notMerged", extension.getId(),
                                extension.eResource().getURI(), target.getId(),
                                String.join(", ", unresolved.stream().distinct().toList())));
                return;
            }
            target.getLayers().addAll(extension.getLayers());
            target.getNodeMappings().addAll(extension.getNodeMappings());
            target.getEdgeMappings().addAll(extension.getEdgeMappings());
            target.getFilters().addAll(extension.getFilters());
            target.getTools().addAll(extension.getTools());
        }
    }

    /** Registers a file and the icon of its descriptions' representations. */
    synchronized void add(DiagramDescriptionSet set, URL icon) {
        add(set);
        if (icon != null) {
            set.getDescriptions().forEach(description -> icons.put(description.getId(), icon));
        }
    }

    public synchronized RepresentationDescription get(String id) {
        return descriptions.get(id);
    }

    public synchronized List<RepresentationDescription> all() {
        return Collections.unmodifiableList(new ArrayList<>(descriptions.values()));
    }

    /**
     * Extensions not merged: their representation is described by no registered file, or they refer to mappings of
     * a file nobody read (none when every contribution is sound).
     */
    public synchronized List<RepresentationExtension> unmerged() {
        List<RepresentationExtension> all = new ArrayList<>(waiting);
        all.addAll(refused);
        return List.copyOf(all);
    }

    /** The icon its contribution gives a description's representations, or null (CTG Studio's diagram icon). */
    public synchronized URL icon(String descriptionId) {
        return descriptionId == null ? null : icons.get(descriptionId);
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
