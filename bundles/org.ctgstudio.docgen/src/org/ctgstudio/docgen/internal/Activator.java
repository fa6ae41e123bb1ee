package org.ctgstudio.docgen.internal;

import org.ctgstudio.docgen.office.LibreOffice;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** In OSGi: stops the LibreOffice the PDF conversion started when the bundle stops (plain Java: a shutdown hook). */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // LibreOffice starts on the first PDF, not with the bundle.
    }

    @Override
    public void stop(BundleContext context) {
        LibreOffice.stopShared();
    }
}
