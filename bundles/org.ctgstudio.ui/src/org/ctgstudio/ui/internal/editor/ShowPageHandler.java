package org.ctgstudio.ui.internal.editor;

import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Shows a page of the active model editor, named by the {@code page} parameter (cheat sheet steps such as "Renseigner
 * la synthèse" bring the user to the right page this way).
 */
public class ShowPageHandler extends AbstractHandler {

    private static final String PARAMETER = "page"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String page = event.getParameter(PARAMETER);
        if (!(HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor) || !editor.showPage(page)) {
            throw new ExecutionException(NLS.bind(Messages.Editor_noSuchPage, page));
        }
        return null;
    }
}
