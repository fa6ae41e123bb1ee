package org.ctgstudio.diagram.ui.internal;

import org.ctgstudio.diagram.ui.DiagramUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the diagram server while the workbench starts (the platform calls this off the UI thread), so that the
 * first diagram opens warm: descriptions read, Jetty listening, GLSP, Guice and ELK classes loaded, and a diagram
 * page started ({@link StartedPages}).
 */
public final class StartDiagramServer implements IStartup {

    @Override
    public void earlyStartup() {
        try {
            DiagramUi.server();
            Warmup.run(DiagramUi.registry());
            if (PlatformUI.isWorkbenchRunning()) {
                Display display = PlatformUI.getWorkbench().getDisplay();
                display.asyncExec(StartedPages::prepareInAWindow);
            }
        } catch (RuntimeException e) {
            ILog.of(StartDiagramServer.class).log(Status.error(e.getMessage(), e));
        }
    }
}
