package org.ctgstudio.diagram.ui;

import java.net.URL;
import java.nio.file.Path;


import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.DiagramServer;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * The diagrams of the workbench: one diagram server for the whole workbench (started in the background when the
 * workbench starts, see {@code StartDiagramServer}), and the descriptions' icons.
 */
public final class DiagramUi implements BundleActivator {

    public static final String PLUGIN_ID = "org.ctgstudio.diagram.ui"; //$NON-NLS-1$
    private static final String CLIENT_BUNDLE = "org.ctgstudio.diagram.client"; //$NON-NLS-1$

    private static DiagramServer server;

    @Override
    public void start(BundleContext context) {
        // nothing at activation: the server starts on first use or from the start-up job
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        DiagramServer running;
        synchronized (DiagramUi.class) {
            running = server;
            server = null;
        }
        if (running != null) {
            running.close();
        }
    }

    /** The workbench's diagram server, started (on the calling thread if it was not yet). */
    public static synchronized DiagramServer server() {
        if (server == null) {
            DiagramServer started = new DiagramServer(clientFolder(), registry());
            try {
                started.start();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            server = started;
        }
        return server;
    }

    /** The descriptions: CTG Studio's own and those plugins contribute (read by the registry itself). */
    public static DescriptionRegistry registry() {
        return DescriptionRegistry.instance();
    }

    /** The icon of a description's representations: its contribution's, else CTG Studio's diagram icon. */
    public static ImageDescriptor icon(String descriptionId) {
        URL url = registry().icon(descriptionId);
        if (url == null) {
            url = FrameworkUtil.getBundle(DiagramUi.class).getEntry("icons/diagram.png"); //$NON-NLS-1$
        }
        return ImageDescriptor.createFromURL(url);
    }

    /** The built diagram client (folder web/ of its bundle, unpacked). */
    private static Path clientFolder() {
        Bundle client = Platform.getBundle(CLIENT_BUNDLE);
        try {
            URL web = client == null ? null : client.getEntry("web"); //$NON-NLS-1$
            // toFileURL gives an unencoded URL (spaces as they are): URIUtil encodes it, URL.toURI would refuse it.
            return web == null ? null : Path.of(URIUtil.toURI(FileLocator.toFileURL(web)));
        } catch (Exception e) {
            ILog.of(DiagramUi.class).log(Status.error(e.getMessage(), e));
            return null;
        }
    }
}
