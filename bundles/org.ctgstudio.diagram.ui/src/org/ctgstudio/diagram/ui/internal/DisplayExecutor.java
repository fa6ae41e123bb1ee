package org.ctgstudio.diagram.ui.internal;

import java.util.concurrent.Callable;

import org.ctgstudio.diagram.server.ModelExecutor;
import org.eclipse.swt.widgets.Display;

/**
 * The model thread of the workbench is the SWT display's: the tree editor, the Properties view and undo edit the
 * model there, so the diagram server's sessions run their model work there too ({@code syncExec}). The UI thread
 * never waits for a session (it only dispatches actions), so this cannot dead-lock.
 */
final class DisplayExecutor implements ModelExecutor {

    private final Display display;

    DisplayExecutor(Display display) {
        this.display = display;
    }

    @Override
    public <T> T call(Callable<T> task) {
        try {
            return display.syncCall(task::call); // at once when called on the display's thread
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
