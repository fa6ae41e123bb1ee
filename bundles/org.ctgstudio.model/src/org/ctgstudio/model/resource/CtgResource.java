package org.ctgstudio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.ctgstudio.model.Identified;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resource of every CTG file. The stable UUID {@code id} of each element is its XMI id (references use it, so
 * they survive reordering and renaming); saving is atomic (temporary file, fsync, rename) and keeps the previous
 * version as a hidden {@code .<name>.bak} beside the file; unknown elements of a newer file version are kept and
 * written back instead of being dropped.
 */
public class CtgResource extends XMIResourceImpl {

    /** Bytes of XMI per element in typical CTG files (14 MB for 100,000 elements): to size the id index. */
    private static final int BYTES_PER_ELEMENT = 100;

    /** Identified elements attached while loading, and those of them that got an id: equal unless ids are missing. */
    private int loadedElements;
    private int loadedIds;
    /** Whether the last load read references to other files (proxies), which the loader must then check. */
    private boolean proxiesLoaded;

    public CtgResource(URI uri) {
        super(uri);
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        return options;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
        return options;
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /** Ids are read from the file while loading; elements of a hand-written file without ids get one afterwards. */
    @Override
    protected boolean assignIDsWhileLoading() {
        return false;
    }

    @Override
    public String getID(EObject eObject) {
        if (eObject instanceof Identified identified && identified.getId() != null) {
            return identified.getId();
        }
        return super.getID(eObject);
    }

    /**
     * The id of an identified element lives in the element itself, so only the id &rarr; element index is kept (EMF
     * would also keep a reverse map: twice the hashing on every load). A null id only takes the element out of the
     * index (EMF does that when an element is detached; its id stays with it).
     */
    @Override
    public void setID(EObject eObject, String id) {
        if (!(eObject instanceof Identified identified)) {
            super.setID(eObject, id);
            return;
        }
        Map<String, EObject> index = getIDToEObjectMap();
        String old = identified.getId();
        if (old != null && index.get(old) == eObject) {
            index.remove(old);
        }
        if (id != null) {
            index.put(id, eObject);
            if (!id.equals(old)) {
                identified.setId(id);
            }
            if (isLoading()) {
                loadedIds++;
            }
        }
    }

    /** Files of the older format are read into the current metamodel ({@link FormatMigration}). */
    @Override
    protected XMLHelper createXMLHelper() {
        return FormatMigration.helper(this);
    }

    /** Records whether the file refers to elements of other files, so that loading checks them only then. */
    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SAXXMIHandler(resource, helper, options) {
                    @Override
                    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
                        proxiesLoaded = true;
                        super.handleProxy(proxy, uriLiteral);
                    }
                };
            }
        };
    }

    /** False when the last load read no reference to another file (nothing can be dangling across files). */
    public boolean hasCrossFileReferences() {
        return proxiesLoaded;
    }

    /** Every identified element is in the id index: no linear search by id attribute for an unknown id. */
    @Override
    protected boolean useIDAttributes() {
        return false;
    }

    /** An element arriving with the id of another element of this resource (a pasted copy) gets a new id. */
    @Override
    protected void attachedHelper(EObject eObject) {
        if (isLoading() && eObject instanceof Identified) {
            loadedElements++;
        } else if (eObject instanceof Identified identified && identified.getId() != null) {
            EObject holder = getIDToEObjectMap().get(identified.getId());
            if (holder != null && holder != eObject) {
                identified.setId(EcoreUtil.generateUUID());
            }
        }
        super.attachedHelper(eObject);
    }

    @Override
    protected void detachedHelper(EObject eObject) {
        if (eObject instanceof Identified identified && identified.getId() != null
                && getIDToEObjectMap().get(identified.getId()) == eObject) {
            getIDToEObjectMap().remove(identified.getId());
        }
        super.detachedHelper(eObject);
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        // Sized for the file, so that the index does not grow by rehashing 100,000 entries step by step.
        idToEObjectMap = new HashMap<>(Math.max(16, inputStream.available() / BYTES_PER_ELEMENT * 4 / 3));
        loadedElements = 0;
        loadedIds = 0;
        proxiesLoaded = false;
        try {
            super.doLoad(inputStream, options);
        } finally {
            FormatMigration.migrate(this); // also when only references failed: the content is complete
            if (loadedIds < loadedElements) { // a hand-written file: give the elements without id one
                for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
                    EObject eObject = it.next();
                    if (eObject instanceof Identified identified && identified.getId() == null) {
                        setID(eObject, EcoreUtil.generateUUID());
                    }
                }
            }
        }
    }

    /**
     * Saves atomically when the resource is a local file: a crash or a full disk during the save leaves the previous
     * file intact. Other URIs (memory, archives) save as EMF does.
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        Path file = localFile(getURI());
        if (file == null) {
            super.save(options);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                save(out, options);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (Files.exists(file)) {
                Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The backup kept beside a file by the previous save: {@code .<name>.bak}, hidden from the Project Explorer. */
    public static Path backupOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".bak");
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory (Windows cannot open one); the rename is done regardless.
        }
    }

    /** The local file behind a URI, if any (file: URIs, and platform:/resource ones when Eclipse runs). */
    Path localFile(URI uri) {
        URI normalized = getURIConverter().normalize(uri);
        URI local = normalized.isFile() ? normalized : CommonPlugin.asLocalURI(normalized);
        return local != null && local.isFile() ? Path.of(local.toFileString()) : null;
    }
}
