package org.ctgstudio.diagram.server.operations;

import org.ctgstudio.diagram.description.DirectEditTool;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/** Direct edit of a label: the text goes to the feature the description's direct edit tool names. */
public class ApplyLabelEditHandler extends DiagramOperationHandler<ApplyLabelEditOperation> {

    @Override
    protected Command command(ApplyLabelEditOperation operation) {
        ViewElement view = view(operation.getLabelId());
        DirectEditTool tool = view == null ? null : tool(view);
        EStructuralFeature feature = tool == null ? null
                : view.element().eClass().getEStructuralFeature(tool.getFeature());
        if (feature == null) {
            throw new RefusedException(Texts.format("tool.noDirectEdit"));
        }
        Object value;
        try {
            value = DiagramCommands.convert(feature, operation.getText().strip());
        } catch (RuntimeException e) {
            throw new RefusedException(Texts.format("tool.badValue", tool.getLabelFr(), operation.getText(),
                    feature.getName()));
        }
        return CreateEdgeHandler.labelled(SetCommand.create(domain(), view.element(), feature, value),
                Texts.format("command.rename"));
    }

    private DirectEditTool tool(ViewElement view) {
        for (Tool tool : document().description().getTools()) {
            if (tool instanceof DirectEditTool edit && edit.getMappings().contains(view.mapping())) {
                return edit;
            }
        }
        return null;
    }
}
