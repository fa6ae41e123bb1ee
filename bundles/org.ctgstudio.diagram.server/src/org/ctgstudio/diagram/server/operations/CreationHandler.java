package org.ctgstudio.diagram.server.operations;

import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

/**
 * Base of the palette's creation handlers: GLSP finds a creation handler by the element type the client asks for,
 * which here is the id of a creation tool of the descriptions.
 */
public abstract class CreationHandler<O extends CreateOperation, T extends Tool> extends DiagramOperationHandler<O>
        implements CreateOperationHandler<O> {

    @Inject
    protected DescriptionRegistry registry;

    private final Class<T> toolKind;

    protected CreationHandler(Class<T> toolKind) {
        this.toolKind = toolKind;
    }

    /** The ids of every tool of this kind in the installed descriptions. */
    @Override
    public List<String> getHandledElementTypeIds() {
        return DiagramCommands.toolIds(registry, toolKind);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    /** The open description's tool the operation names, or a refusal. */
    protected T tool(O operation) {
        RepresentationDescription description = document().description();
        T tool = DiagramCommands.tool(description, operation.getElementTypeId(), toolKind);
        if (tool == null) {
            throw new RefusedException(Texts.format("tool.unknown", operation.getElementTypeId(),
                    CtgToolPalette.label(description)));
        }
        return tool;
    }
}
