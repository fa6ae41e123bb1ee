package org.ctgstudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * "CTG Studio 0.1.0.v20261201-1200": the Bundle-Version of this bundle, read from its own manifest (looked up by
 * symbolic name among the manifests the class loader sees, so that it is this jar's on a plain class path too).
 */
public final class Version implements IVersionProvider {

    private static final String SYMBOLIC_NAME = "org.ctgstudio.cli"; //$NON-NLS-1$

    @Override
    public String[] getVersion() {
        return new String[] {Messages.format("version", version())}; //$NON-NLS-1$
    }

    /** The Bundle-Version of this bundle, or "?" when its manifest cannot be read. */
    public static String version() {
        try {
            ClassLoader loader = Version.class.getClassLoader();
            Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF"); //$NON-NLS-1$
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    String name = main.getValue("Bundle-SymbolicName"); //$NON-NLS-1$
                    if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) { //$NON-NLS-1$
                        return main.getValue("Bundle-Version"); //$NON-NLS-1$
                    }
                }
            }
        } catch (IOException e) {
            // no version to tell
        }
        return "?"; //$NON-NLS-1$
    }
}
