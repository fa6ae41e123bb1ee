package org.ctgstudio.ui.internal.validation;

import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Édition &gt; Valider (Ctrl+Alt+V): validates the models of the active editor and shows the Problems view. */
public class ValidateHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor && editor.resource() != null) {
            BusyIndicator.showWhile(null, () -> WorkbenchValidation.validate(editor.resource().getResourceSet()));
            try {
                HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
            }
        }
        return null;
    }
}
