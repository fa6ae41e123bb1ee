package org.ctgstudio.diagram.server.operations;

import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.ReconnectTool;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.edit.CtgItemProviders;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

/**
 * Reconnect an edge that a reconnect tool covers: a relation moves from the old source/target to the new ones; an
 * edge element gets its new source and target features.
 */
public class ReconnectEdgeHandler extends DiagramOperationHandler<ReconnectEdgeOperation> {

    @Override
    protected Command command(ReconnectEdgeOperation operation) {
        ViewElement edgeView = view(operation.getEdgeElementId());
        ViewElement source = view(operation.getSourceElementId());
        ViewElement target = view(operation.getTargetElementId());
        if (edgeView == null || !(edgeView.model() instanceof GEdge edge)
                || !(edgeView.mapping() instanceof EdgeMapping mapping) || !covered(mapping)) {
            return null;
        }
        if (source == null || target == null || !mapping.getSourceMappings().contains(source.mapping())
                || !mapping.getTargetMappings().contains(target.mapping())) {
            throw new RefusedException(Texts.format("tool.wrongEnds", mapping.getLabelFr(),
                    source == null ? "?" : CtgItemProviders.label(source.element()),
                    target == null ? "?" : CtgItemProviders.label(target.element())));
        }
        CompoundCommand command = new CompoundCommand(Texts.format("command.reconnect"));
        if (DeleteHandler.relation(mapping)) {
            EObject oldSource = view(edge.getSourceId()).element();
            EObject oldTarget = view(edge.getTargetId()).element();
            EStructuralFeature reference = oldSource.eClass().getEStructuralFeature(mapping.getReference());
            if (reference.isMany()) {
                command.append(RemoveCommand.create(domain(), oldSource, reference, oldTarget));
                command.append(AddCommand.create(domain(), source.element(),
                        source.element().eClass().getEStructuralFeature(mapping.getReference()), target.element()));
            } else {
                command.append(SetCommand.create(domain(), oldSource, reference, null));
                command.append(SetCommand.create(domain(), source.element(),
                        source.element().eClass().getEStructuralFeature(mapping.getReference()), target.element()));
            }
            return command;
        }
        EObject element = edgeView.element();
        command.append(SetCommand.create(domain(), element,
                element.eClass().getEStructuralFeature(mapping.getSourceFeature()), source.element()));
        command.append(SetCommand.create(domain(), element,
                element.eClass().getEStructuralFeature(mapping.getTargetFeature()), target.element()));
        return command;
    }

    private boolean covered(EdgeMapping mapping) {
        for (Tool tool : document().description().getTools()) {
            if (tool instanceof ReconnectTool reconnect && reconnect.getMappings().contains(mapping)) {
                return true;
            }
        }
        return false;
    }
}
