package org.ctgstudio.diagram.server.operations;

import org.ctgstudio.diagram.server.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CutOperation;

import com.google.inject.Inject;

/** Cut: the client asked for the clipboard data first; the selection is then deleted as Delete does. */
public class CutHandler extends DiagramOperationHandler<CutOperation> {

    @Inject
    protected DeleteHandler delete;

    @Override
    protected Command command(CutOperation operation) {
        return delete.commandFor(operation.getEditorContext().getSelectedElementIds(), Texts.format("command.cut"));
    }
}
