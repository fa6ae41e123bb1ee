package org.ctgstudio.ui.internal.editor;

import java.io.IOException;
import java.util.Map;

import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.FileChangedException;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Watches the editor's file: when something else changes it on disk (another tool, a version-control update), an
 * unmodified editor reloads it; a modified one asks whether to reload (losing the edits) or keep its version. The
 * editor's own saves are recognised by the file's modification stamp. A deleted file closes an unmodified editor.
 * A change that no refresh reported is caught by the save itself, which asks before replacing it.
 */
final class ExternalChanges implements IResourceChangeListener {

    private final ModelEditor editor;
    private final IFile file;
    private long ownStamp;
    private boolean saving;
    /** The version on disk the user chose to replace with the editor's ("keep my version"), or -1. */
    private long replacedStamp = -1;

    ExternalChanges(ModelEditor editor, IFile file) {
        this.editor = editor;
        this.file = file;
        this.ownStamp = file.getModificationStamp();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** Around a save by the editor: its own change (reported during the refresh that follows) is not external. */
    void saving(boolean inProgress) {
        saving = inProgress;
        ownStamp = file.getModificationStamp();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        if (saving) {
            ownStamp = file.getModificationStamp();
            return;
        }
        boolean removed = delta.getKind() == IResourceDelta.REMOVED;
        boolean changed = delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
                && file.getModificationStamp() != ownStamp;
        if (removed || changed) {
            Display.getDefault().asyncExec(() -> react(removed));
        }
    }

    private void react(boolean removed) {
        if (editor.isDisposedPart()) {
            return;
        }
        if (removed) {
            if (!editor.isDirty()) {
                editor.getSite().getPage().closeEditor(editor, false);
            }
            return;
        }
        ownStamp = file.getModificationStamp();
        if (!editor.isDirty() || MessageDialog.open(MessageDialog.QUESTION, editor.getSite().getShell(),
                Messages.Editor_changedOnDiskTitle, NLS.bind(Messages.Editor_changedOnDisk, file.getFullPath()),
                0, Messages.Editor_reload, Messages.Editor_keep) == 0) {
            editor.reload();
        } else {
            replacedStamp = ownStamp;
        }
    }

    /**
     * Saves the editor's model; if the file changed on disk since it was read (another editor, another program, and
     * no refresh told us), asks before replacing that version. Returns false when the user kept it.
     */
    boolean save(Resource resource) throws IOException {
        try {
            resource.save(null);
            return true;
        } catch (FileChangedException changed) {
            boolean alreadyChosen = replacedStamp == file.getModificationStamp();
            if (!alreadyChosen && MessageDialog.open(MessageDialog.QUESTION, editor.getSite().getShell(),
                    Messages.Editor_changedOnDiskTitle, NLS.bind(Messages.Editor_overwriteChanged, file.getFullPath()),
                    0, Messages.Editor_overwrite, IDialogConstants.CANCEL_LABEL) != 0) {
                return false;
            }
            resource.save(Map.of(CtgResource.OPTION_OVERWRITE_CHANGED_FILE, Boolean.TRUE));
            return true;
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
