package org.ctgstudio.diagram.server.operations;

import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.EdgeCreationTool;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.interpreter.ClassResolver;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.ctgstudio.edit.CtgItemProviders;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

/**
 * Palette edge creation: for a relation-based mapping, the target is added to the source's reference; for an
 * element-based one, an element of the tool's class is created with its source and target features set.
 */
public class CreateEdgeHandler extends CreationHandler<CreateEdgeOperation, EdgeCreationTool> {

    public CreateEdgeHandler() {
        super(EdgeCreationTool.class);
    }

    @Override
    protected Command command(CreateEdgeOperation operation) {
        RepresentationDescription description = document().description();
        EdgeCreationTool tool = tool(operation);
        EdgeMapping mapping = tool.getMapping();
        ViewElement source = view(operation.getSourceElementId());
        ViewElement target = view(operation.getTargetElementId());
        if (source == null || target == null || !mapping.getSourceMappings().contains(source.mapping())
                || !mapping.getTargetMappings().contains(target.mapping())) {
            throw wrongEnds(tool, source, target);
        }
        String label = Texts.format("command.connect", CtgToolPalette.label(tool));
        if (mapping.getDomainClass() == null || mapping.getDomainClass().isBlank()) {
            EStructuralFeature reference = source.element().eClass().getEStructuralFeature(mapping.getReference());
            if (!(reference instanceof EReference ref) || !ref.getEReferenceType().isInstance(target.element())) {
                throw wrongEnds(tool, source, target);
            }
            Command command = reference.isMany()
                    ? AddCommand.create(domain(), source.element(), reference, target.element())
                    : SetCommand.create(domain(), source.element(), reference, target.element());
            return labelled(command, label);
        }
        EObject root = document().root();
        EObject element = DiagramCommands.newElement(new ClassResolver(root).resolve(tool.getEClass(),
                new ExpressionPlace(description.getLabelFr(), tool.getLabelFr(), "eClass")));
        element.eSet(element.eClass().getEStructuralFeature(mapping.getSourceFeature()), source.element());
        element.eSet(element.eClass().getEStructuralFeature(mapping.getTargetFeature()), target.element());
        DiagramCommands.initialise(document().interpreter().expressions(), description, tool,
                tool.getInitialValues(), element, source.element(), root);
        EObject container = root;
        if (tool.getContainerExpression() != null && !tool.getContainerExpression().isBlank()) {
            List<EObject> found = document().interpreter().expressions().elements(tool.getContainerExpression(),
                    Map.of("self", source.element(), "root", root),
                    new ExpressionPlace(description.getLabelFr(), tool.getLabelFr(), "containerExpression"));
            container = found.isEmpty() ? root : found.get(0);
        }
        EStructuralFeature feature = container.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (feature == null) {
            throw new RefusedException(Texts.format("tool.noContainer", CtgToolPalette.label(tool),
                    CtgItemProviders.label(container), tool.getContainmentFeature()));
        }
        return labelled(AddCommand.create(domain(), container, feature, element), label);
    }

    private RefusedException wrongEnds(EdgeCreationTool tool, ViewElement source, ViewElement target) {
        return new RefusedException(Texts.format("tool.wrongEnds", CtgToolPalette.label(tool),
                source == null ? "?" : CtgItemProviders.label(source.element()),
                target == null ? "?" : CtgItemProviders.label(target.element())));
    }

    static Command labelled(Command command, String label) {
        org.eclipse.emf.common.command.CompoundCommand compound =
                new org.eclipse.emf.common.command.CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
