package org.ctgstudio.diagram.server.operations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.diagram.description.DeleteTool;
import org.ctgstudio.diagram.description.DiagramElementMapping;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.edit.CtgItemProviders;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.operations.DeleteOperation;

/**
 * Delete: elements whose mapping a "delete from the model" tool covers are deleted from the model (with every
 * reference to them, EMF's DeleteCommand); an edge of a relation loses its target from the source's reference;
 * elements only a "hide" tool covers are hidden from this diagram (stored in the representation).
 */
public class DeleteHandler extends DiagramOperationHandler<DeleteOperation> {

    @Override
    protected Command command(DeleteOperation operation) {
        return commandFor(operation.getElementIds(), Texts.format("command.delete"));
    }

    /** The delete command of these diagram elements (shared with cut). */
    Command commandFor(List<String> ids, String label) {
        CompoundCommand command = new CompoundCommand(label);
        Set<EObject> deleted = new LinkedHashSet<>();
        for (String id : ids) {
            ViewElement view = view(id);
            if (view == null) {
                continue;
            }
            DeleteTool tool = tool(view.mapping(), true);
            if (tool != null && view.model() instanceof GEdge edge && relation(view.mapping())) {
                command.append(unlink((EdgeMapping) view.mapping(), view(edge.getSourceId()).element(),
                        view(edge.getTargetId()).element()));
            } else if (tool != null) {
                deleted.add(view.element());
            } else if (tool(view.mapping(), false) != null) {
                command.append(AddCommand.create(domain(), document().representation(),
                        RepresentationPackage.Literals.REPRESENTATION__HIDDEN_ELEMENTS, view.id()));
            } else {
                throw new RefusedException(Texts.format("tool.notDeletable", CtgItemProviders.label(view.element())));
            }
        }
        if (!deleted.isEmpty()) {
            command.append(DeleteCommand.create(domain(), deleted));
        }
        return command.isEmpty() ? null : command;
    }

    private Command unlink(EdgeMapping mapping, EObject source, EObject target) {
        EStructuralFeature reference = source.eClass().getEStructuralFeature(mapping.getReference());
        if (reference == null) {
            throw new RefusedException(Texts.format("tool.notDeletable", mapping.getLabelFr()));
        }
        return reference.isMany() ? RemoveCommand.create(domain(), source, reference, target)
                : SetCommand.create(domain(), source, reference, null);
    }

    static boolean relation(DiagramElementMapping mapping) {
        return mapping instanceof EdgeMapping edge && (edge.getDomainClass() == null || edge.getDomainClass().isBlank())
                && edge.getReference() != null;
    }

    /** A delete tool covering the mapping: from the model ({@code fromModel}) or from the diagram. */
    private DeleteTool tool(DiagramElementMapping mapping, boolean fromModel) {
        for (Tool tool : document().description().getTools()) {
            if (tool instanceof DeleteTool delete && delete.isFromModel() == fromModel
                    && delete.getMappings().contains(mapping)) {
                return delete;
            }
        }
        return null;
    }
}
