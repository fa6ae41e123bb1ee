package org.ctgstudio.diagram.layout;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.diagram.description.LayoutDirection;
import org.ctgstudio.diagram.interpreter.DiagramTypes;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Layout of diagrams with ELK 0.12.1 (layered), on the server: nodes keep the sizes the interpreter computed, ELK
 * gives positions (relative to their container, as GModel wants). {@link #layout} lays out the given nodes (all of
 * them for « Réorganiser »); the result is a map of positions and sizes that callers either store in the
 * representation (as an EMF command) or apply to a GModel ({@link #apply}).
 */
public final class DiagramLayout {

    /** Position and size of a node, relative to its parent. */
    public record Bounds(double x, double y, double width, double height) {
    }

    private static final double SPACING = 30;
    private static final double LAYER_SPACING = 60;
    /**
     * Up to this many nodes, a flat diagram is laid out in the model's order where crossings allow (Axe 1 above
     * Axe 2, FA01 above FA02), as a reader expects it. ELK's model-order sorting grows quadratically (measured on
     * a Plan d'actions: +50 ms at 100 nodes, +350 ms at 400, +5 s at 1,000) and fails on nested graphs
     * (ModelOrderNodeComparator), so larger or nested diagrams are laid out without it.
     */
    private static final int MODEL_ORDER_AT_MOST = 250;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Lays out {@code subset} (null: every node); other nodes keep their place and are left out. */
    public Map<String, Bounds> layout(GGraph graph, Set<String> subset, LayoutDirection direction) {
        ElkNode elkRoot = ElkGraphUtil.createGraph();
        configure(elkRoot, direction);
        elkRoot.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<ElkNode, GNode> gnodes = new HashMap<>();
        Set<String> edgeEnds = new HashSet<>();
        for (GModelElement element : graph.getChildren()) {
            if (element instanceof GEdge edge) {
                edgeEnds.add(edge.getSourceId());
                edgeEnds.add(edge.getTargetId());
            }
        }
        addChildren(graph, elkRoot, subset, nodes, gnodes, direction, edgeEnds);
        // Flat: every node laid out is a child of the root (no container holds any).
        if (nodes.size() <= MODEL_ORDER_AT_MOST && elkRoot.getChildren().size() == nodes.size()) {
            elkRoot.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.PREFER_NODES);
        }
        for (GModelElement element : graph.getChildren()) {
            if (element instanceof GEdge edge) {
                ElkNode source = nodes.get(edge.getSourceId());
                ElkNode target = nodes.get(edge.getTargetId());
                if (source != null && target != null && source != target) {
                    ElkGraphUtil.createSimpleEdge(source, target);
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(elkRoot, new BasicProgressMonitor());
        Map<String, Bounds> result = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> entry : nodes.entrySet()) {
            ElkNode node = entry.getValue();
            result.put(entry.getKey(), new Bounds(Math.round(node.getX()), Math.round(node.getY()),
                    Math.ceil(node.getWidth()), Math.ceil(node.getHeight())));
        }
        return result;
    }

    private static void configure(ElkNode node, LayoutDirection direction) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.DIRECTION, direction == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
        node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        node.setProperty(CoreOptions.SPACING_NODE_NODE, SPACING);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        node.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, SPACING);
    }

    private static void addChildren(GModelElement parent, ElkNode elkParent, Set<String> subset,
            Map<String, ElkNode> nodes, Map<ElkNode, GNode> gnodes, LayoutDirection direction, Set<String> edgeEnds) {
        for (GModelElement child : parent.getChildren()) {
            if (!(child instanceof GNode gnode) || subset != null && !subset.contains(gnode.getId())) {
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(elkParent);
            node.setDimensions(gnode.getSize().getWidth(), gnode.getSize().getHeight());
            nodes.put(gnode.getId(), node);
            gnodes.put(node, gnode);
            if (DiagramTypes.CONTAINER.equals(gnode.getType()) && hasNodes(gnode)) {
                configure(node, direction);
                if (gnode.getChildren().stream().noneMatch(c -> edgeEnds.contains(c.getId()))) {
                    // Contents without links (committee members): packed in rows, not in one long layer.
                    node.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
                    node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
                    node.setProperty(CoreOptions.ASPECT_RATIO, 2.0);
                    node.setProperty(CoreOptions.SPACING_NODE_NODE, DiagramTypes.PADDING);
                }
                double header = ((Number) gnode.getArgs().get(DiagramTypes.ARG_HEADER)).doubleValue();
                node.setProperty(CoreOptions.PADDING, new ElkPadding(header + DiagramTypes.PADDING,
                        DiagramTypes.PADDING * 2, DiagramTypes.PADDING * 2, DiagramTypes.PADDING * 2));
                node.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                        new org.eclipse.elk.core.math.KVector(gnode.getSize().getWidth(), header));
                node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
                        org.eclipse.elk.core.options.SizeConstraint.minimumSize());
                addChildren(gnode, node, null, nodes, gnodes, direction, edgeEnds);
            }
        }
    }

    private static boolean hasNodes(GNode node) {
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GNode) {
                return true;
            }
        }
        return false;
    }

    /** Puts computed bounds into the GModel (pictures, and the server before its layout command lands). */
    public static void apply(GGraph graph, Map<String, Bounds> bounds) {
        apply(graph.getChildren(), bounds);
    }

    private static void apply(Collection<GModelElement> elements, Map<String, Bounds> bounds) {
        for (GModelElement element : elements) {
            if (element instanceof GNode node) {
                Bounds b = bounds.get(node.getId());
                if (b != null) {
                    node.setPosition(GraphUtil.point(b.x(), b.y()));
                    node.setSize(GraphUtil.dimension(Math.max(b.width(), node.getSize().getWidth()),
                            Math.max(b.height(), node.getSize().getHeight())));
                }
                apply(node.getChildren(), bounds);
            }
        }
    }

    /**
     * Bounds for the nodes that have no stored position: all of the diagram when none has one, else the new nodes
     * laid out apart and placed below what is already there (so that nothing the user placed moves).
     */
    public Map<String, Bounds> placeUnplaced(GGraph graph, List<String> unplaced, LayoutDirection direction) {
        if (unplaced.isEmpty()) {
            return Map.of();
        }
        Set<String> missing = new HashSet<>(unplaced);
        Map<String, Bounds> all = layout(graph, null, direction);
        boolean nonePlaced = all.keySet().stream().allMatch(missing::contains);
        if (nonePlaced) {
            return all;
        }
        // Top-level new nodes (with their contents) as one block below the placed ones.
        Set<String> topLevelMissing = new HashSet<>();
        double bottom = 0;
        for (GModelElement element : graph.getChildren()) {
            if (element instanceof GNode node) {
                if (missing.contains(node.getId())) {
                    topLevelMissing.add(node.getId());
                } else {
                    bottom = Math.max(bottom, node.getPosition().getY() + node.getSize().getHeight());
                }
            }
        }
        Map<String, Bounds> result = new LinkedHashMap<>();
        if (!topLevelMissing.isEmpty()) {
            Map<String, Bounds> block = layout(graph, topLevelMissing, direction);
            double offset = bottom + LAYER_SPACING;
            for (Map.Entry<String, Bounds> entry : block.entrySet()) {
                Bounds b = entry.getValue();
                boolean top = topLevelMissing.contains(entry.getKey());
                result.put(entry.getKey(), top ? new Bounds(b.x(), b.y() + offset, b.width(), b.height()) : b);
            }
        }
        // New children of placed containers: below their placed siblings.
        for (String id : unplaced) {
            if (!result.containsKey(id) && all.containsKey(id)) {
                result.put(id, all.get(id));
            }
        }
        return result;
    }
}
