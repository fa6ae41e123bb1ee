package org.ctgstudio.ui.internal.editor;

import java.io.IOException;

/**
 * What other editors on the same model (diagram editors) need from the model editor, which owns the model's
 * session: the editing domain is shared, and so are the save, the reload after a change on disk and the end.
 */
public interface SessionListener {

    /** The model editor saves: write what else belongs to the session (representation files); before the stack is marked saved. */
    default void saving() throws IOException {
    }

    /** The model was read again from disk: the model's objects are new ones. */
    default void reloaded() {
    }

    /**
     * A problem of this element was opened (double-click in the Problems view): show it if this editor draws it.
     * True when it did (the model editor then stays behind).
     */
    default boolean reveal(org.eclipse.emf.ecore.EObject element) {
        return false;
    }

    /** The model editor is closing: the session ends. */
    default void closed() {
    }
}
