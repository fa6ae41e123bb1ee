package org.ctgstudio.diagram.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Representation;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A representation file ({@code .ctgr}): small XMI beside its model, git-friendly. Layouts are written sorted by
 * element id and lists of ids sorted, so a change shows as a few changed lines and saving an unchanged
 * representation writes the same bytes; the semantic root is a relative reference ({@code model.ctg#<id>}), so the
 * folder can move. Saving a file is atomic (written beside it, then renamed over it).
 */
public class RepresentationResource extends XMIResourceImpl {

    public static final String EXTENSION = "ctgr";

    public RepresentationResource(URI uri) {
        super(uri);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        getDefaultLoadOptions().put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
        getDefaultLoadOptions().put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        for (EObject content : getContents()) {
            if (content instanceof Representation representation) {
                canonicalOrder(representation);
            }
        }
        if (!uri.isFile()) {
            super.save(options);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
        if (options != null) {
            merged.putAll(options);
        }
        super.save(bytes, merged);
        Path file = Path.of(uri.toFileString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes.toByteArray())) {
            setModified(false);
            return;
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        setModified(false);
    }

    /**
     * Sorts what the file lists, in place: the order of these lists means nothing, and sorting them outside the
     * command stack is safe (undo puts elements back by identity; the next save sorts again).
     */
    static void canonicalOrder(Representation representation) {
        ECollections.sort(representation.getLayouts(), Comparator.comparing(ElementLayout::getElementId,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        ECollections.sort(representation.getHiddenElements(), Comparator.naturalOrder());
        ECollections.sort(representation.getCollapsedElements(), Comparator.naturalOrder());
        ECollections.sort(representation.getActiveLayers(), Comparator.naturalOrder());
        ECollections.sort(representation.getKnownLayers(), Comparator.naturalOrder());
        ECollections.sort(representation.getActiveFilters(), Comparator.naturalOrder());
    }
}
