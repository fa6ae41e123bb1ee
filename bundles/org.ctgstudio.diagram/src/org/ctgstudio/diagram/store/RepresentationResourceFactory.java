package org.ctgstudio.diagram.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates {@link RepresentationResource}s; registered for {@code .ctgr} (plugin.xml, {@link Representations}). */
public class RepresentationResourceFactory extends XMIResourceFactoryImpl {
    @Override
    public Resource createResource(URI uri) {
        return new RepresentationResource(uri);
    }
}
