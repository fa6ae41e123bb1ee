package org.ctgstudio.cli.internal;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.CtgStudioCli;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's headless application ({@code org.ctgstudio.cli.application}): the launcher scripts start it when their
 * first argument is a subcommand. Equinox has already taken its own arguments (-nl, -data …) and set the locale; the
 * exit code returned becomes the process's. Bundles installed into the product since it was built are added first
 * ({@link InstalledExtensions}).
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        // Before any model, rule or diagram is read: their registries then see the installed extensions too.
        InstalledExtensions.update(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return CtgStudioCli.run(args == null ? new String[0] : args, Console.system());
    }

    @Override
    public void stop() {
        // a command runs to its end: nothing to interrupt
    }
}
