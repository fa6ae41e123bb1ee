package org.ctgstudio.diagram.ui.internal;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * What a representation file says of itself — its description on its root element, the model it draws by its
 * semantic root reference (an attribute or an element, as EMF wrote it) — read without loading it, so that the
 * Project Explorer finds a representation's model and description by its content and not by its file name (a file
 * the user renamed stays under its model, with its description's label and icon). Cached per file until it changes.
 *
 * @param descriptionId the id of its description, or null
 * @param model the file name of the model it draws when that model is in the same folder, or null
 */
record RepresentationHeader(String descriptionId, String model) {

    private static final RepresentationHeader UNREADABLE = new RepresentationHeader(null, null);
    private static final Map<IPath, Map.Entry<Long, RepresentationHeader>> CACHE = new ConcurrentHashMap<>();

    /** The header of a representation file; all nulls when it cannot be read. */
    static RepresentationHeader of(IFile file) {
        if (!file.isAccessible()) {
            CACHE.remove(file.getFullPath());
            return UNREADABLE;
        }
        // The workspace's stamp and the file's time: a file made again at the same path may get the same stamp.
        long stamp = file.getModificationStamp() * 31 + file.getLocalTimeStamp();
        Map.Entry<Long, RepresentationHeader> cached = CACHE.get(file.getFullPath());
        if (cached != null && cached.getKey() == stamp) {
            return cached.getValue();
        }
        RepresentationHeader header = read(file);
        CACHE.put(file.getFullPath(), Map.entry(stamp, header));
        return header;
    }

    boolean readable() {
        return this != UNREADABLE;
    }

    private static RepresentationHeader read(IFile file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = file.getContents(true)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                String descriptionId = null;
                String semanticRoot = null;
                boolean root = true;
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (root) {
                        root = false;
                        descriptionId = reader.getAttributeValue(null, "descriptionId"); //$NON-NLS-1$
                        semanticRoot = reader.getAttributeValue(null, "semanticRoot"); //$NON-NLS-1$
                        if (semanticRoot != null) {
                            break;
                        }
                    } else if ("semanticRoot".equals(reader.getLocalName())) { //$NON-NLS-1$
                        // written as an element when the file was saved without EMF's attribute style
                        semanticRoot = reader.getAttributeValue(null, "href"); //$NON-NLS-1$
                        break;
                    }
                }
                return root ? UNREADABLE : new RepresentationHeader(descriptionId, sameFolderModel(semanticRoot));
            } finally {
                reader.close();
            }
        } catch (CoreException | XMLStreamException | java.io.IOException | RuntimeException e) {
            return UNREADABLE; // shown by its file name; opening it says what is wrong
        }
    }

    /** "plan.ctg#_id" → "plan.ctg"; a model in another folder (a path, an absolute URI) → null. */
    private static String sameFolderModel(String semanticRoot) {
        if (semanticRoot == null) {
            return null;
        }
        int hash = semanticRoot.indexOf('#');
        String file = hash < 0 ? semanticRoot : semanticRoot.substring(0, hash);
        return file.isEmpty() || file.contains("/") || file.contains(":") ? null //$NON-NLS-1$ //$NON-NLS-2$
                : org.eclipse.emf.common.util.URI.decode(file);
    }
}
