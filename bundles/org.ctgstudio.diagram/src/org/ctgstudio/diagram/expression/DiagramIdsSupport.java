package org.ctgstudio.diagram.expression;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** The stable id of a model element: its id attribute (CTG's UUID), else its XMI id, else its URI fragment. */
public final class DiagramIdsSupport {

    private DiagramIdsSupport() {
    }

    public static String id(EObject element) {
        EAttribute idAttribute = element.eClass().getEIDAttribute();
        if (idAttribute != null) {
            Object id = element.eGet(idAttribute);
            if (id != null) {
                return id.toString();
            }
        }
        Resource resource = element.eResource();
        if (resource instanceof XMLResource xml && xml.getID(element) != null) {
            return xml.getID(element);
        }
        return resource != null ? resource.getURIFragment(element) : EcoreUtil.getIdentification(element);
    }
}
