package org.ctgstudio.ui;

import org.ctgstudio.ui.internal.Messages;
import org.ctgstudio.ui.internal.workbench.CtgWorkbenchAdvisor;
import org.ctgstudio.ui.internal.workbench.ErrorLogHandler;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The CTG Studio workbench application (E3 workbench with its own advisors). */
public final class CtgStudioApplication implements IApplication {

    public static final String ID = "org.ctgstudio.ui.application"; //$NON-NLS-1$

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display.setAppName(Messages.Application_name);
        ErrorLogHandler.install();
        Display display = PlatformUI.createDisplay();
        try {
            if (!lockWorkspace(display)) {
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new CtgWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.isLocked()) {
                instance.release();
            }
            display.dispose();
        }
    }

    /** Two workbenches on one workspace corrupt its metadata: refuse with a clear message instead. */
    private static boolean lockWorkspace(Display display) throws Exception {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet() || instance.isLocked() || instance.lock()) {
            return true;
        }
        MessageDialog.openError(null, Messages.Application_name,
                org.eclipse.osgi.util.NLS.bind(Messages.Application_workspaceInUse, instance.getURL().getFile()));
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
