package org.ctgstudio.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates {@link CtgResource}s; registered for the CTG file extensions (plugin.xml, {@link ModelFiles}). */
public class CtgResourceFactory extends XMIResourceFactoryImpl {
    @Override
    public Resource createResource(URI uri) {
        return new CtgResource(uri);
    }
}
