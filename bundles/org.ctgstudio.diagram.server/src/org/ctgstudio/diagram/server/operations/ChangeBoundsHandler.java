package org.ctgstudio.diagram.server.operations;

import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

/**
 * Move and resize: the new position (relative to the parent, as GLSP sends it) is stored; the size only when the
 * user made it differ from the computed one (otherwise labels that grow keep fitting).
 */
public class ChangeBoundsHandler extends DiagramOperationHandler<ChangeBoundsOperation> {

    @Override
    protected Command command(ChangeBoundsOperation operation) {
        CompoundCommand command = new CompoundCommand(Texts.format("command.move"));
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            ViewElement view = view(bounds.getElementId());
            if (view == null || !(view.model() instanceof GNode node) || bounds.getNewPosition() == null) {
                continue;
            }
            double width = 0;
            double height = 0;
            if (bounds.getNewSize() != null && (Math.abs(bounds.getNewSize().getWidth() - node.getSize().getWidth()) > 1
                    || Math.abs(bounds.getNewSize().getHeight() - node.getSize().getHeight()) > 1)) {
                width = bounds.getNewSize().getWidth();
                height = bounds.getNewSize().getHeight();
            }
            command.append(DiagramCommands.setBounds(domain(), document().representation(), view.id(),
                    bounds.getNewPosition().getX(), bounds.getNewPosition().getY(), width, height));
        }
        return command.isEmpty() ? null : command;
    }
}
