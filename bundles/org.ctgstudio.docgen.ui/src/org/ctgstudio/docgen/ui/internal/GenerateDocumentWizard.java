package org.ctgstudio.docgen.ui.internal;

import java.util.List;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Générer un document : the page, then a job that reads the saved convention and generates. Unsaved changes of the
 * convention's editor are said first (save, or generate the saved version).
 */
public final class GenerateDocumentWizard extends Wizard {

    private final IWorkbenchWindow window;
    private final IFile convention;
    private final GenerateDocumentPage page;
    private GenerationJob job;

    public GenerateDocumentWizard(IWorkbenchWindow window, IFile convention) {
        this.window = window;
        this.convention = convention;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
        page = new GenerateDocumentPage(convention, savedConvention(convention));
    }

    /** The convention as saved (what the job generates from), or null when none is chosen or it cannot be read. */
    private static GlobalTerritorialAgreement savedConvention(IFile file) {
        if (file == null || file.getLocation() == null) {
            return null;
        }
        try {
            return ModelFiles.load(ModelFiles.newResourceSet(), file.getLocation().toPath()).root()
                    instanceof GlobalTerritorialAgreement agreement ? agreement : null;
        } catch (ModelLoadException e) {
            return null;
        }
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** The page (for the UI tests, which fill it through its controls' ids). */
    public GenerateDocumentPage page() {
        return page;
    }

    /** The job the last finish scheduled, or null. */
    public GenerationJob job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        if (!savedOrAccepted()) {
            return false;
        }
        job = new GenerationJob(window, convention, page.choice(), page.format(), page.finality(), page.year(),
                page.amendment(), page.target(), page.openAfter());
        job.schedule();
        return true;
    }

    private boolean savedOrAccepted() {
        List<IEditorPart> dirty = dirtyEditorsOfTheConvention();
        if (dirty.isEmpty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(getShell(), Messages.Dirty_title, null,
                NLS.bind(Messages.Dirty_message, convention.getName()), MessageDialog.WARNING, 0, Messages.Dirty_save,
                Messages.Dirty_saved, Messages.Dirty_cancel);
        int answer = dialog.open();
        if (answer == 0) {
            dirty.forEach(editor -> editor.doSave(null));
        }
        return answer == 0 || answer == 1;
    }

    private List<IEditorPart> dirtyEditorsOfTheConvention() {
        if (window.getActivePage() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(window.getActivePage().getEditorReferences()).filter(IEditorReference::isDirty)
                .map(reference -> reference.getEditor(false)).filter(editor -> editor != null)
                .filter(this::isEditorOf).toList();
    }

    private boolean isEditorOf(IEditorPart editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(convention);
    }
}
