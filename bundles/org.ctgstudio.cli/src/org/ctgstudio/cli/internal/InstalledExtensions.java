package org.ctgstudio.cli.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The bundles installed into the product after it was built (a plugin developer's extension, installed from a p2
 * repository by the p2 director), for the command line. p2 adds them to the workbench's configuration
 * ({@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info}), not to the command line's
 * ({@code configuration/cli}, derived by the build from the headless product). When it starts, the command line
 * installs those the build did not know (it lists its own in {@code configuration/cli/workbench.bundles}), so that
 * scripts see an extension's models, rules, diagrams and document fragments as the workbench does; it uninstalls those
 * p2 removed since. A bundle that needs the workbench (SWT) stays unresolved, which harms nothing.
 */
final class InstalledExtensions {

    private static final String WORKBENCH = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final String COMMAND_LINE = "configuration/cli/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final String BUILT_WITH = "configuration/cli/workbench.bundles";
    private static final System.Logger LOG = System.getLogger(InstalledExtensions.class.getName());

    private InstalledExtensions() {
    }

    static void update(BundleContext context) {
        Path home = installArea(context);
        if (home == null || !Files.isRegularFile(home.resolve(BUILT_WITH))) {
            return; // not the materialised product (a test runtime, a development launch)
        }
        try {
            Set<String> builtWith = new HashSet<>(Files.readAllLines(home.resolve(BUILT_WITH), StandardCharsets.UTF_8));
            Set<String> own = entries(home.resolve(COMMAND_LINE)).keySet();
            Map<String, String> installed = entries(home.resolve(WORKBENCH));
            if (own.isEmpty() || installed.isEmpty()) {
                return; // a configuration that cannot be read: leave the bundles as they are
            }
            for (Bundle bundle : context.getBundles()) {
                String name = bundle.getSymbolicName();
                if (bundle.getBundleId() != 0 && name != null && !own.contains(name) && !installed.containsKey(name)) {
                    bundle.uninstall(); // removed by p2 since an earlier run
                }
            }
            Set<String> present = new HashSet<>();
            for (Bundle bundle : context.getBundles()) {
                present.add(bundle.getSymbolicName());
            }
            List<Bundle> added = new ArrayList<>();
            installed.forEach((name, path) -> {
                if (!builtWith.contains(name) && !own.contains(name) && !present.contains(name)) {
                    try {
                        added.add(context.installBundle("reference:" + home.resolve(path).toUri()));
                    } catch (BundleException | RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "Extension " + name + " (" + path + ") not installed", e);
                    }
                }
            });
            if (!added.isEmpty()) {
                context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(added);
            }
        } catch (IOException | BundleException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Extensions installed into the product could not be read", e);
        }
    }

    /** Symbolic name → path of the bundles a {@code bundles.info} lists (in order). */
    private static Map<String, String> entries(Path bundlesInfo) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (Files.isRegularFile(bundlesInfo)) {
            for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
                String[] fields = line.split(",");
                if (!line.startsWith("#") && fields.length >= 3) {
                    entries.put(fields[0], fields[2]);
                }
            }
        }
        return entries;
    }

    /** The product's folder: Equinox gives it as an unencoded file URL (spaces as they are). */
    private static Path installArea(BundleContext context) {
        String area = context.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            String path = new URL(area).getPath();
            return Path.of(path.matches("/[A-Za-z]:.*") ? path.substring(1) : path);
        } catch (MalformedURLException | RuntimeException e) {
            return null;
        }
    }
}
