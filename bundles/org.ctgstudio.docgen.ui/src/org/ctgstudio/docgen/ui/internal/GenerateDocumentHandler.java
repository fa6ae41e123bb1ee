package org.ctgstudio.docgen.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Fichier > Générer un document… : the wizard, on the convention of the active editor or of the selection. */
public final class GenerateDocumentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        IFile convention = convention(HandlerUtil.getActiveEditor(event), HandlerUtil.getCurrentSelection(event));
        new WizardDialog(window.getShell(), new GenerateDocumentWizard(window, convention)).open();
        return null;
    }

    /** The .ctg file the user means: the selected one, else the active editor's; null if neither is a convention. */
    static IFile convention(IEditorPart editor, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (isConvention(file)) {
                return file;
            }
        }
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
                && isConvention(input.getFile())) {
            return input.getFile();
        }
        return null;
    }

    private static boolean isConvention(IFile file) {
        return file != null && "ctg".equals(file.getFileExtension()); //$NON-NLS-1$
    }
}
