package org.ctgstudio.ui.internal.validation;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CancellationException;

import org.ctgstudio.ui.internal.Messages;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Édition &gt; Valider (Ctrl+Alt+V): validates the models of the active editor and shows the Problems view.
 * <p>
 * The run goes through the progress service: a busy cursor, then a progress dialog with a Cancel button if the
 * models are big. It is not a background job on purpose: EMF models are not thread-safe and are edited on the UI
 * thread, so the user's edits wait (the dialog is modal) while another thread reads the models.
 */
public class ValidateHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor && editor.resource() != null) {
            ResourceSet set = editor.resource().getResourceSet();
            try {
                window.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                    try {
                        WorkbenchValidation.validate(set, monitor);
                    } catch (CancellationException e) {
                        throw new InterruptedException(); // the markers stay as they were
                    }
                });
                window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (InterruptedException | OperationCanceledException e) {
                return null;
            } catch (InvocationTargetException e) {
                StatusManager.getManager().handle(Status.error(Messages.Validation_failed, e.getCause()),
                        StatusManager.SHOW | StatusManager.LOG);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
        return null;
    }
}
