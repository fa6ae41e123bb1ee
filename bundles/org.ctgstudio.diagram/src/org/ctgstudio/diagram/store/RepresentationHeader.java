package org.ctgstudio.diagram.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;

/**
 * What a representation file says of itself — its description on its root element, the model it draws by its
 * semantic root reference (an attribute or an element, as EMF wrote it) — read without loading it, so that a
 * representation is found by its content and not only by its file name (one the user renamed still belongs to its
 * model).
 *
 * @param descriptionId the id of its description, or null
 * @param model the file name of the model it draws when that model is in the same folder, or null
 */
public record RepresentationHeader(String descriptionId, String model) {

    /** The header of a representation's content, or null when it is not one (not XML, no root element). */
    public static RepresentationHeader read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
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
                    semanticRoot = reader.getAttributeValue(null, "href"); //$NON-NLS-1$
                    break;
                }
            }
            return root ? null : new RepresentationHeader(descriptionId, sameFolderModel(semanticRoot));
        } finally {
            reader.close();
        }
    }

    /** The header of a representation file, or null when it cannot be read. */
    public static RepresentationHeader read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** "plan.ctg#_id" → "plan.ctg"; a model in another folder (a path, an absolute URI) → null. */
    private static String sameFolderModel(String semanticRoot) {
        if (semanticRoot == null) {
            return null;
        }
        int hash = semanticRoot.indexOf('#');
        String file = hash < 0 ? semanticRoot : semanticRoot.substring(0, hash);
        return file.isEmpty() || file.contains("/") || file.contains(":") ? null : URI.decode(file); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
