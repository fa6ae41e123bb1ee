package org.ctgstudio.diagram.ui;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.DiagramServer;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.ctgstudio.diagram.ui.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * The diagrams of the workbench: one diagram server for the whole workbench (started in the background when the
 * workbench starts, see {@code StartDiagramServer}), and the description registry with the descriptions plugins
 * contribute through the extension point {@value #DESCRIPTIONS_POINT}.
 */
public final class DiagramUi implements BundleActivator {

    public static final String PLUGIN_ID = "org.ctgstudio.diagram.ui"; //$NON-NLS-1$
    public static final String DESCRIPTIONS_POINT = PLUGIN_ID + ".descriptions"; //$NON-NLS-1$
    private static final String CLIENT_BUNDLE = "org.ctgstudio.diagram.client"; //$NON-NLS-1$

    private static final Map<String, URL> ICONS = new ConcurrentHashMap<>();
    private static DiagramServer server;
    private static DescriptionRegistry registry;

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

    /** The descriptions: CTG Studio's own and those of the extension point (each contribution read once). */
    public static synchronized DescriptionRegistry registry() {
        if (registry == null) {
            DescriptionRegistry all = DescriptionRegistry.instance();
            for (IConfigurationElement element : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor(DESCRIPTIONS_POINT)) {
                contribute(all, element);
            }
            registry = all;
        }
        return registry;
    }

    /** Adds one contributed description file; a file that cannot be read is logged, naming its plugin. */
    private static void contribute(DescriptionRegistry all, IConfigurationElement element) {
        String plugin = element.getContributor().getName();
        String file = element.getAttribute("file"); //$NON-NLS-1$
        try {
            Bundle bundle = Platform.getBundle(plugin);
            URL entry = bundle == null || file == null ? null : bundle.getEntry(file);
            if (entry == null) {
                throw new IllegalStateException(file);
            }
            try (InputStream in = entry.openStream()) {
                DiagramDescriptionSet set = DescriptionRegistry.load(in, "/" + plugin + "/" + file); //$NON-NLS-1$ //$NON-NLS-2$
                all.add(set);
                String icon = element.getAttribute("icon"); //$NON-NLS-1$
                URL iconEntry = icon == null ? null : bundle.getEntry(icon);
                if (iconEntry != null) {
                    set.getDescriptions().forEach(description -> ICONS.put(description.getId(), iconEntry));
                }
            }
        } catch (Exception | LinkageError e) {
            ILog.of(DiagramUi.class).log(Status.error(
                    org.eclipse.osgi.util.NLS.bind(Messages.Descriptions_unreadable, file, plugin), e));
        }
    }

    /** The icon of a description's representations: its contribution's, else CTG Studio's diagram icon. */
    public static ImageDescriptor icon(String descriptionId) {
        registry();
        URL url = descriptionId == null ? null : ICONS.get(descriptionId);
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
