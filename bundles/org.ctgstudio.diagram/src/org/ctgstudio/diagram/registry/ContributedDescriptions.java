package org.ctgstudio.diagram.registry;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/**
 * The description files of the extension point {@value DescriptionRegistry#EXTENSION_POINT}, when an extension
 * registry runs (the workbench, the command line, OSGi tests). Every file is read before any is added, so that an
 * extension may refer to the mappings of another plugin's file whatever the order plugins are read in. A file that
 * cannot be read is logged, naming the plugin and the file; the others still count.
 */
final class ContributedDescriptions {

    private ContributedDescriptions() {
    }

    static void addTo(DescriptionRegistry registry) {
        try {
            Registry.addTo(registry);
        } catch (NoClassDefFoundError e) {
            // plain Java without the Equinox registry or OSGi on the class path: only what code adds
        }
    }

    /** Apart in its own class, loaded inside the try above: the JVM resolves the Equinox types it names then. */
    private static final class Registry {

        private Registry() {
        }

        private record Read(DiagramDescriptionSet set, URL icon) {
        }

        static void addTo(DescriptionRegistry registry) {
            IExtensionRegistry extensions = RegistryFactory.getRegistry();
            if (extensions == null) {
                return;
            }
            List<Read> read = new ArrayList<>();
            for (IConfigurationElement element : extensions.getConfigurationElementsFor(
                    DescriptionRegistry.EXTENSION_POINT)) {
                String plugin = element.getContributor().getName();
                String file = element.getAttribute("file");
                try {
                    Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
                    URL entry = bundle == null || file == null ? null : bundle.getEntry(file);
                    if (entry == null) {
                        throw new IllegalStateException("no file " + file + " in the plugin");
                    }
                    String icon = element.getAttribute("icon");
                    try (InputStream in = entry.openStream()) {
                        read.add(new Read(DescriptionRegistry.load(in, "/" + plugin + "/" + file),
                                icon == null ? null : bundle.getEntry(icon)));
                    }
                } catch (Exception | LinkageError e) {
                    log(DescriptionRegistry.MESSAGES.format("registry.unreadable", file, plugin), e);
                }
            }
            for (Read one : read) {
                try {
                    registry.add(one.set(), one.icon());
                } catch (RuntimeException e) {
                    log(DescriptionRegistry.MESSAGES.format("registry.unreadable", one.set().eResource().getURI(),
                            one.set().getId()), e);
                }
            }
        }

        private static void log(String message, Throwable e) {
            System.getLogger(ContributedDescriptions.class.getName()).log(System.Logger.Level.ERROR, message, e);
        }
    }
}
