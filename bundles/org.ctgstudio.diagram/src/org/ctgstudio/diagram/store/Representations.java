package org.ctgstudio.diagram.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.Filter;
import org.ctgstudio.diagram.description.Layer;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Representation files: where they live (beside their model: {@code <model>.<description id>.ctgr}), how they are
 * created with the description's default layers and filters, loaded, and cleaned of elements that no longer exist.
 */
public final class Representations {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            Representations.class);

    private Representations() {
    }

    /** Registers the representation file kind and the diagram packages in a resource set (for plain Java). */
    public static void register(ResourceSet set) {
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(RepresentationResource.EXTENSION,
                new RepresentationResourceFactory());
        set.getPackageRegistry().put(RepresentationPackage.eNS_URI, RepresentationPackage.eINSTANCE);
        set.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
    }

    /** The file of the representation of {@code description} for the model file {@code model}. */
    public static Path fileFor(Path model, RepresentationDescription description) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return model.resolveSibling(base + "." + description.getId() + "." + RepresentationResource.EXTENSION);
    }

    /**
     * The saved representation of {@code description} for the model file {@code model}: the file of the standard name
     * ({@link #fileFor}), or else a representation file beside the model that says it draws this model with this
     * description (one renamed in the workbench's Project Explorer), the first by name; the standard name when the
     * model has none.
     */
    public static Path find(Path model, RepresentationDescription description) {
        Path standard = fileFor(model, description);
        Path folder = model.toAbsolutePath().getParent();
        if (Files.isRegularFile(standard) || folder == null) {
            return standard;
        }
        String modelName = model.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("." + RepresentationResource.EXTENSION) //$NON-NLS-1$
                    && Files.isRegularFile(file)).sorted().filter(file -> {
                        RepresentationHeader header = RepresentationHeader.read(file);
                        return header != null && description.getId().equals(header.descriptionId())
                                && modelName.equals(header.model());
                    }).findFirst().orElse(standard);
        } catch (IOException | RuntimeException e) {
            return standard;
        }
    }

    /** A new representation in a new resource of {@code set} at {@code file} (not saved yet). */
    public static Representation create(ResourceSet set, Path file, RepresentationDescription description,
            EObject root) {
        register(set);
        Representation representation = RepresentationFactory.eINSTANCE.createRepresentation();
        representation.setName(description.getLabelFr());
        representation.setDescriptionId(description.getId());
        representation.setSemanticRoot(root);
        for (Layer layer : description.getLayers()) {
            representation.getKnownLayers().add(layer.getId());
            if (layer.isActiveByDefault()) {
                representation.getActiveLayers().add(layer.getId());
            }
        }
        for (Filter filter : description.getFilters()) {
            if (filter.isActiveByDefault()) {
                representation.getActiveFilters().add(filter.getId());
            }
        }
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(representation);
        return representation;
    }

    /** Loads a representation file into {@code set} (the model it refers to is loaded on demand into the same set). */
    public static Representation load(ResourceSet set, Path file) {
        register(set);
        Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        return (Representation) resource.getContents().get(0);
    }

    /**
     * Takes in the layers the description gained since the representation was made or last opened (an extension
     * installed since adds one): each is shown if it is active by default, and known from then on, so that one the
     * user switches off stays off. Outside the command stack, like {@link #prune}. A file written before layers were
     * recorded keeps its layers as they are. Says whether the representation changed.
     */
    public static boolean adoptNewLayers(Representation representation, RepresentationDescription description) {
        boolean older = representation.getKnownLayers().isEmpty();
        boolean changed = false;
        for (Layer layer : description.getLayers()) {
            if (!representation.getKnownLayers().contains(layer.getId())) {
                representation.getKnownLayers().add(layer.getId());
                if (!older && layer.isActiveByDefault() && !representation.getActiveLayers().contains(layer.getId())) {
                    representation.getActiveLayers().add(layer.getId());
                }
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Drops stored state of diagram elements that no longer exist ({@code complete}: the diagram built with hidden
     * elements shown), outside the command stack, and says what was dropped (empty: nothing), in French.
     */
    public static List<String> prune(Representation representation, DiagramView complete) {
        List<String> dropped = new ArrayList<>();
        representation.getLayouts().removeIf(layout -> {
            boolean gone = complete.view(layout.getElementId()) == null;
            if (gone) {
                dropped.add(layout.getElementId());
            }
            return gone;
        });
        for (List<String> ids : List.of(representation.getHiddenElements(), representation.getCollapsedElements())) {
            ids.removeIf(id -> {
                boolean gone = complete.view(id) == null;
                if (gone && !dropped.contains(id)) {
                    dropped.add(id);
                }
                return gone;
            });
        }
        if (dropped.isEmpty()) {
            return List.of();
        }
        return List.of(MESSAGES.format("representation.dropped", dropped.size(), representation.getName(),
                String.join(", ", dropped)));
    }

    /** The stored layout of a diagram element, or null. */
    public static ElementLayout layout(Representation representation, String elementId) {
        for (ElementLayout layout : representation.getLayouts()) {
            if (elementId.equals(layout.getElementId())) {
                return layout;
            }
        }
        return null;
    }
}
