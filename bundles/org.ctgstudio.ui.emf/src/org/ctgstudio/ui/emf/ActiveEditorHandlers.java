package org.ctgstudio.ui.emf;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * The action bar contributor of the CTG editors. The workbench shares one set of action bars among the editors of one
 * kind, so the handlers of the global commands (undo, delete, copy …) an editor puts there stay until another editor
 * of that kind replaces them: with two diagrams or two conventions open, Ctrl+Z or Suppr acted on the one opened last.
 * Here each editor puts its own handlers in whenever it becomes the active one.
 */
public class ActiveEditorHandlers extends EditorActionBarContributor {

    /** An editor whose handlers go into the shared action bars when it becomes active. */
    public interface Contributor {
        void contributeHandlers(IActionBars bars);
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        if (editor instanceof Contributor contributor) {
            contributor.contributeHandlers(getActionBars());
            getActionBars().updateActionBars();
        }
    }
}
