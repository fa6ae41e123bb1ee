package org.ctgstudio.diagram.server.operations;

import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.NodeCreationTool;
import org.ctgstudio.diagram.description.NodeMapping;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.interpreter.ClassResolver;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

/**
 * Palette node creation: the tool (the operation's element type) creates an element of its class in its
 * containment feature of the element under the pointer (or of its container expression), with its initial values,
 * and stores the node where it was dropped, in one command.
 */
public class CreateNodeHandler extends CreationHandler<CreateNodeOperation, NodeCreationTool> {

    public CreateNodeHandler() {
        super(NodeCreationTool.class);
    }

    @Override
    protected Command command(CreateNodeOperation operation) {
        RepresentationDescription description = document().description();
        NodeCreationTool tool = tool(operation);
        EObject root = document().root();
        ViewElement target = view(operation.getContainerId());
        EObject self = target != null && target.model() instanceof GNode ? target.element() : root;
        EObject container = self;
        if (tool.getContainerExpression() != null && !tool.getContainerExpression().isBlank()) {
            List<EObject> found = document().interpreter().expressions().elements(tool.getContainerExpression(),
                    Map.of("self", self, "root", root), new ExpressionPlace(description.getLabelFr(),
                            tool.getLabelFr(), "containerExpression"));
            container = found.isEmpty() ? null : found.get(0);
        }
        EStructuralFeature feature = container == null ? null
                : container.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (!(feature instanceof EReference)) {
            throw new RefusedException(Texts.format("tool.noContainer", CtgToolPalette.label(tool),
                    container == null ? "?" : org.ctgstudio.edit.CtgItemProviders.label(container),
                    tool.getContainmentFeature()));
        }
        EObject element = DiagramCommands.newElement(new ClassResolver(root).resolve(tool.getEClass(),
                new ExpressionPlace(description.getLabelFr(), tool.getLabelFr(), "eClass")));
        DiagramCommands.initialise(document().interpreter().expressions(), description, tool,
                tool.getInitialValues(), element, self, root);
        CompoundCommand command = new CompoundCommand(Texts.format("command.create", CtgToolPalette.label(tool)));
        command.append(feature.isMany() ? AddCommand.create(domain(), container, feature, element)
                : SetCommand.create(domain(), container, feature, element));
        GPoint location = operation.getLocation().orElse(GraphUtil.point(0, 0));
        GPoint relative = relative(location, tool.getMapping(), target);
        String id = (String) element.eGet(element.eClass().getEIDAttribute());
        command.append(DiagramCommands.setBounds(domain(), document().representation(), id, relative.getX(),
                relative.getY(), 0, 0));
        return command;
    }

    /** A child mapping's node lives in its parent node: its position is relative to it. */
    private GPoint relative(GPoint location, NodeMapping mapping, ViewElement target) {
        if (mapping == null || !(mapping.eContainer() instanceof NodeMapping) || target == null
                || !(target.model() instanceof GNode)) {
            return location;
        }
        double x = location.getX();
        double y = location.getY();
        for (ViewElement parent = target; parent != null; parent = view(parent.parentId())) {
            GNode node = (GNode) parent.model();
            x -= node.getPosition().getX();
            y -= node.getPosition().getY();
        }
        return GraphUtil.point(Math.max(0, x), Math.max(0, y));
    }
}
