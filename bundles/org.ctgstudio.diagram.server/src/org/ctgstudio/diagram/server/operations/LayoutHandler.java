package org.ctgstudio.diagram.server.operations;

import java.util.ArrayList;
import java.util.Map;

import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.diagram.store.Representations;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.server.operations.LayoutOperation;

/**
 * « Réorganiser »: ELK lays out the whole diagram on the server and the result becomes one EMF command on the
 * layouts (undoable like any edit); user-set sizes are kept, bendpoints are cleared.
 */
public class LayoutHandler extends DiagramOperationHandler<LayoutOperation> {

    @Override
    protected Command command(LayoutOperation operation) {
        var representation = document().representation();
        Map<String, DiagramLayout.Bounds> bounds = document().layout().layout(state.view().graph(), null,
                document().description().getLayoutDirection());
        CompoundCommand command = new CompoundCommand(Texts.format("command.layout"));
        for (Map.Entry<String, DiagramLayout.Bounds> entry : bounds.entrySet()) {
            ElementLayout stored = Representations.layout(representation, entry.getKey());
            double width = stored == null ? 0 : stored.getWidth();
            double height = stored == null ? 0 : stored.getHeight();
            command.append(DiagramCommands.setBounds(domain(), representation, entry.getKey(), entry.getValue().x(),
                    entry.getValue().y(), width, height));
        }
        for (ElementLayout layout : representation.getLayouts()) {
            if (!layout.getBendpoints().isEmpty()) {
                command.append(RemoveCommand.create(domain(), layout,
                        RepresentationPackage.Literals.ELEMENT_LAYOUT__BENDPOINTS, new ArrayList<>(layout.getBendpoints())));
            }
        }
        return command.isEmpty() ? null : command;
    }
}
