package org.ctgstudio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.ctgstudio.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resource of every CTG file. The stable UUID {@code id} of each element is its XMI id (references use it, so
 * they survive reordering and renaming); saving is atomic and keeps the previous version as a hidden
 * {@code .<name>.bak} beside the file ({@link FileSaver}); unknown elements of a newer file version, and references
 * that lead nowhere, are kept and written back instead of being dropped. Reading goes through
 * {@link CtgLoadHandler} (root kind, limits, located notes) and reads local files only ({@link LocalFiles}).
 */
public class CtgResource extends XMIResourceImpl {

    /**
     * Save option: {@code Boolean.TRUE} replaces the file even if it changed on disk since it was loaded (the user
     * agreed); without it such a save throws {@link FileChangedException}.
     */
    public static final String OPTION_OVERWRITE_CHANGED_FILE = "org.ctgstudio.model.overwriteChangedFile";

    private static final URIConverter LOCAL_FILES = LocalFiles.converter();

    /** Bytes of XMI per element in typical CTG files (14 MB for 100,000 elements): to size the id index. */
    private static final int BYTES_PER_ELEMENT = 100;

    /** Identified elements attached while loading, and those of them that got an id: equal unless ids are missing. */
    private int loadedElements;
    private int loadedIds;
    /** Whether the last load read references to other files (proxies), which the loader must then check. */
    private boolean proxiesLoaded;
    /** What the last load noticed, where each cross-file reference was read, and the references kept as written. */
    private List<LoadNote> notes = List.of();
    private Map<EObject, int[]> proxyLocations = Map.of();
    private Set<EObject> placeholders = Set.of();
    /** The handler reading the file now (for the location of duplicate ids), null otherwise. */
    private CtgLoadHandler handler;
    /** The file as it was when loaded or last saved: a save refuses to overwrite another version. */
    private FileStamp stamp;

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
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }

    /** Outside a resource set too, only local files are read. */
    @Override
    protected URIConverter getURIConverter() {
        return getResourceSet() == null ? LOCAL_FILES : super.getURIConverter();
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
            EObject holder = index.put(id, eObject);
            if (holder != null && holder != eObject && isLoading() && handler != null) {
                // An id already taken in the file: the first element keeps it (references lead to it, as EMF
                // resolves them), this one gets a new one.
                index.put(id, holder);
                note(new LoadNote(LoadNote.Kind.DUPLICATE_ID, handler.line(), handler.column(), eObject, null, id,
                        holder));
                id = EcoreUtil.generateUUID();
                index.put(id, eObject);
            }
            if (!id.equals(old)) {
                identified.setId(id);
            }
            if (isLoading()) {
                loadedIds++;
            }
        }
    }

    /**
     * Reads with {@link CtgLoadHandler} and the parser of {@link ParserLimits}; files of the older format are read
     * into the current metamodel by {@link FormatMigration}'s helper.
     */
    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(FormatMigration.helper(this)) {
            @Override
            protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
                return ParserLimits.newParser();
            }

            /**
             * EMF reads the encoding from the first bytes itself, and fails with a Java exception on a broken XML
             * declaration (found by the fuzz test): the parser then reads it, and says where it is wrong.
             */
            @Override
            @SuppressWarnings("deprecation")
            protected String getEncoding() throws IOException {
                try {
                    return super.getEncoding();
                } catch (RuntimeException e) {
                    return null;
                }
            }

            @Override
            protected DefaultHandler makeDefaultHandler() {
                handler = new CtgLoadHandler(CtgResource.this, helper, options,
                        FileKinds.rootOf(getURI() == null ? null : getURI().fileExtension()));
                return handler;
            }
        };
    }

    /**
     * A reference kept as written (see {@link CtgLoadHandler}) is saved as the id it was read as, among the ids of
     * its list: EMF would write a proxy as a cross-file reference, which reads back as a file name.
     */
    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            public String getIDREF(EObject obj) {
                return placeholders.contains(obj) ? ((InternalEObject) obj).eProxyURI().fragment()
                        : super.getIDREF(obj);
            }
        };
    }

    @Override
    protected XMLSave createXMLSave() {
        return new XMISaveImpl(createXMLHelper()) {
            @Override
            protected int sameDocSingle(EObject o, EStructuralFeature f) {
                return placeholders.contains(helper.getValue(o, f)) ? SAME_DOC : super.sameDocSingle(o, f);
            }

            @Override
            protected int sameDocMany(EObject o, EStructuralFeature f) {
                if (placeholders.isEmpty()) {
                    return super.sameDocMany(o, f);
                }
                InternalEList<?> values = (InternalEList<?>) helper.getValue(o, f);
                if (values.isEmpty()) {
                    return SKIP;
                }
                for (Iterator<?> it = values.basicIterator(); it.hasNext();) {
                    InternalEObject value = (InternalEObject) it.next();
                    if (!placeholders.contains(value) && (value.eIsProxy()
                            || value.eResource() != null && value.eResource() != CtgResource.this)) {
                        return CROSS_DOC;
                    }
                }
                return SAME_DOC;
            }
        };
    }

    void note(LoadNote note) {
        if (notes.isEmpty()) {
            notes = new ArrayList<>();
        }
        notes.add(note);
    }

    void proxyRead(EObject proxy, int line, int column) {
        proxiesLoaded = true;
        if (proxyLocations.isEmpty()) {
            proxyLocations = new IdentityHashMap<>();
        }
        proxyLocations.put(proxy, new int[] {line, column});
    }

    void placeholderCreated(EObject proxy) {
        if (placeholders.isEmpty()) {
            placeholders = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        placeholders.add(proxy);
    }

    /** What the last load noticed (unknown content, references kept, duplicate ids), in file order. */
    List<LoadNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Line and column of a cross-file reference read by the last load, or null. */
    int[] locationOf(EObject proxy) {
        return proxyLocations.get(proxy);
    }

    /** Whether a proxy stands for a reference by id that led nowhere when the file was read. */
    boolean isPlaceholder(EObject proxy) {
        return placeholders.contains(proxy);
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
        notes = List.of();
        proxyLocations = Map.of();
        placeholders = Set.of();
        try {
            super.doLoad(inputStream, options);
        } catch (IOException e) {
            // The JDK's parser can stop with a bare SAXException, without a position (found by the fuzz test:
            // "Scanner State 24 not Recognized"); the handler's locator still says where reading stopped.
            if (handler != null && handler.line() > 0 && e.getCause() instanceof SAXException sax
                    && !(sax instanceof SAXParseException) && !(sax.getException() instanceof LoadRefusal)) {
                throw new LoadRefusal(handler.line(), Math.max(0, handler.column()),
                        Texts.format("load.malformed", Texts.format("load.parserStopped")), e);
            }
            throw e;
        } catch (RuntimeException e) {
            // A failure inside EMF or the parser that they do not report: where reading stopped says where to look.
            if (handler == null || e instanceof LoadRefusal) {
                throw e;
            }
            throw new LoadRefusal(Math.max(1, handler.line()), Math.max(0, handler.column()),
                    Texts.format("load.failedHere"), e);
        } finally {
            handler = null;
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
     * Notes the file's stamp before reading it (a change during the load makes the next save ask, rather than
     * overwrite), and removes what interrupted saves left beside it.
     */
    @Override
    public void load(Map<?, ?> options) throws IOException {
        Path file = isLoaded() ? null : localFile(getURI());
        if (file != null) {
            FileSaver.cleanUp(file);
            stamp = FileStamp.of(file);
        }
        super.load(options);
    }

    @Override
    protected void doUnload() {
        super.doUnload();
        stamp = null;
        notes = List.of();
        proxyLocations = Map.of();
        placeholders = Set.of();
    }

    /**
     * Saves atomically when the resource is a local file ({@link FileSaver}): a crash or a full disk during the save
     * leaves the previous file intact. Other URIs (memory, archives) save as EMF does.
     *
     * @throws FileChangedException the file changed on disk since it was loaded or saved (see
     *                              {@link #OPTION_OVERWRITE_CHANGED_FILE})
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        Path file = localFile(getURI());
        if (file == null) {
            super.save(options);
            return;
        }
        boolean overwrite = options != null && Boolean.TRUE.equals(options.get(OPTION_OVERWRITE_CHANGED_FILE));
        stamp = FileSaver.save(file, stamp, overwrite, out -> save(out, options));
    }

    /** The backup kept beside a file by the previous save: {@code .<name>.bak}, hidden from the Project Explorer. */
    public static Path backupOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".bak");
    }

    /** The local file behind a URI, if any (file: URIs, and platform:/resource ones when Eclipse runs). */
    Path localFile(URI uri) {
        return uri == null ? null : LocalFiles.path(getURIConverter().normalize(uri));
    }
}
