package org.ctgstudio.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.EdgeCreationTool;
import org.ctgstudio.diagram.description.NodeCreationTool;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.interpreter.DiagramTypes;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.operations.DiagramCommands;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import com.google.inject.Inject;

/**
 * What the client may do with CTG diagram elements, and the levers measured for speed: sizes come from the server
 * (no hidden client render to measure, {@code needsClientLayout = false}), layout is manual (ELK runs on the server
 * only for new nodes and for « Réorganiser »), updates are not animated. Which creations a node accepts is decided by
 * the server (the description's containment), so every node type accepts every creation tool here (the element
 * type the client asks for is the tool's id).
 */
public class CtgDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        mappings.put(DiagramTypes.NODE, GraphPackage.Literals.GNODE);
        mappings.put(DiagramTypes.CONTAINER, GraphPackage.Literals.GNODE);
        mappings.put(DiagramTypes.LABEL, GraphPackage.Literals.GLABEL);
        mappings.put(DiagramTypes.EDGE, GraphPackage.Literals.GEDGE);
        mappings.put(DiagramTypes.EDGE_LABEL, GraphPackage.Literals.GLABEL);
        return mappings;
    }

    @Inject
    protected DescriptionRegistry registry;

    /** Creation tools of every description: their ids are the element types the client creates. */
    private List<String> toolIds(Class<? extends Tool> kind) {
        return DiagramCommands.toolIds(registry, kind);
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<String> creations = toolIds(NodeCreationTool.class);
        List<ShapeTypeHint> hints = new ArrayList<>();
        hints.add(new ShapeTypeHint(DiagramTypes.NODE, true, true, true, false, creations));
        hints.add(new ShapeTypeHint(DiagramTypes.CONTAINER, true, true, true, false, creations));
        hints.add(new ShapeTypeHint(DefaultTypes.GRAPH, false, false, false, false, creations));
        hints.add(new ShapeTypeHint(DiagramTypes.LABEL, false, false, false, false));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<EdgeTypeHint> hints = new ArrayList<>();
        hints.add(new EdgeTypeHint(DiagramTypes.EDGE, true, true, true, null, null));
        for (String tool : toolIds(EdgeCreationTool.class)) {
            hints.add(new EdgeTypeHint(tool, true, true, true, null, null));
        }
        return hints;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
