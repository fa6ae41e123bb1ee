package org.ctgstudio.diagram.interpreter;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.diagram.description.DiagramElementMapping;
import org.ctgstudio.diagram.description.DirectEditTool;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.Filter;
import org.ctgstudio.diagram.description.NodeMapping;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.expression.DiagramIdsSupport;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.expression.InverseReferences;
import org.ctgstudio.diagram.render.DiagramIcons;
import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Point;
import org.ctgstudio.diagram.representation.Representation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Semantic model + description → GModel. The model is built whole on every change (GLSP sends whole models), so
 * this is written for speed: one pass over the candidates, an identity index from elements to their nodes, parsed
 * expressions cached by the engine, label sizes measured here once (no client bounds pass).
 * <p>
 * Ids come from the model elements' stable ids: a node is its element's id (with the mapping and parent appended
 * when the element is shown more than once), an edge of a relation is {@code mapping-source-target}, an edge
 * element is its element's id. Stored positions and sizes of the representation are applied; nodes without one are
 * listed in {@link DiagramView#unplaced()} for the layout.
 */
public final class DiagramInterpreter {

    private static final GraphFactory G = GraphFactory.eINSTANCE;

    private final DescriptionExpressions expressions;
    private final TextMeasurer measurer;

    public DiagramInterpreter(DescriptionExpressions expressions, TextMeasurer measurer) {
        this.expressions = expressions;
        this.measurer = measurer;
    }

    public DescriptionExpressions expressions() {
        return expressions;
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    /** Builds the diagram of {@code root} as {@code description} says, with the state stored in representation. */
    public DiagramView build(RepresentationDescription description, Representation representation, EObject root) {
        return build(description, representation, root, false);
    }

    /** As {@link #build}; {@code showHidden}: with the elements the user hid (to tell which ids still exist). */
    public DiagramView build(RepresentationDescription description, Representation representation, EObject root,
            boolean showHidden) {
        GGraph graph = G.createGGraph();
        graph.setId(DiagramTypes.GRAPH);
        graph.setType(DiagramTypes.GRAPH);
        Run run = new Run(description, representation, root, new DiagramView(graph), showHidden);
        run.nodes(description.getNodeMappings(), root, graph, null);
        for (EdgeMapping mapping : description.getEdgeMappings()) {
            if (run.layerActive(mapping)) {
                run.edges(mapping);
            }
        }
        StyleArgs.putOnGraph(graph, run.icons);
        return run.view;
    }

    /** The state of one build. */
    private final class Run {
        final RepresentationDescription description;
        final EObject root;
        final DiagramView view;
        final ClassResolver classes;
        final Map<String, ElementLayout> layouts = new HashMap<>();
        final Set<String> hidden;
        final Set<String> activeLayers;
        final List<Filter> activeFilters = new ArrayList<>();
        final Map<EObject, List<ViewElement>> nodesOf = new HashMap<>();
        /** The feature each node mapping's direct edit tool sets. */
        final Map<DiagramElementMapping, String> editedFeatures = new HashMap<>();
        final InverseReferences inverse;
        /** The icons the nodes name, in the order met. */
        final Set<String> icons = new LinkedHashSet<>();

        Run(RepresentationDescription description, Representation representation, EObject root, DiagramView view,
                boolean showHidden) {
            this.description = description;
            this.root = root;
            this.view = view;
            this.classes = new ClassResolver(root);
            this.inverse = new InverseReferences(root);
            for (ElementLayout layout : representation.getLayouts()) {
                layouts.put(layout.getElementId(), layout);
            }
            hidden = showHidden ? Set.of() : new HashSet<>(representation.getHiddenElements());
            activeLayers = new HashSet<>(representation.getActiveLayers());
            for (Filter filter : description.getFilters()) {
                if (representation.getActiveFilters().contains(filter.getId())) {
                    activeFilters.add(filter);
                }
            }
            for (Tool tool : description.getTools()) {
                if (tool instanceof DirectEditTool edit && !isBlank(edit.getFeature())) {
                    edit.getMappings().forEach(mapping -> editedFeatures.putIfAbsent(mapping, edit.getFeature()));
                }
            }
        }

        /** The value a direct edit of the element's label starts from, or null when it has no direct edit. */
        String editText(DiagramElementMapping mapping, EObject element) {
            String name = editedFeatures.get(mapping);
            EStructuralFeature feature = name == null ? null : element.eClass().getEStructuralFeature(name);
            if (feature == null) {
                return null;
            }
            Object value = element.eGet(feature);
            return value == null ? "" : String.valueOf(value);
        }

        ExpressionPlace place(DiagramElementMapping mapping, String role) {
            return new ExpressionPlace(description.getLabelFr(), mapping.getLabelFr(), role);
        }

        boolean layerActive(DiagramElementMapping mapping) {
            return mapping.getLayer() == null || activeLayers.contains(mapping.getLayer().getId());
        }

        Map<String, Object> variables(EObject self, EObject container) {
            Map<String, Object> variables = new HashMap<>(8);
            variables.put("self", self);
            variables.put("root", root);
            variables.put("container", container);
            variables.put(DescriptionExpressions.INVERSE, inverse);
            return variables;
        }

        /** Candidates of a mapping that are instances of its class, pass its precondition and no active filter. */
        List<EObject> candidates(DiagramElementMapping mapping, EObject container) {
            EClass domainClass = classes.resolve(mapping.getDomainClass(), place(mapping, "domainClass"));
            List<EObject> found = isBlank(mapping.getSemanticCandidates()) ? container.eContents()
                    : expressions.elements(mapping.getSemanticCandidates(), variables(container, container),
                            place(mapping, "semanticCandidates"));
            List<EObject> result = new ArrayList<>(found.size());
            Set<EObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (EObject candidate : found) {
                if (domainClass.isInstance(candidate) && seen.add(candidate)
                        && accepted(mapping, candidate, container)) {
                    result.add(candidate);
                }
            }
            return result;
        }

        boolean accepted(DiagramElementMapping mapping, EObject element, EObject container) {
            if (!isBlank(mapping.getPrecondition()) && !expressions.condition(mapping.getPrecondition(),
                    variables(element, container), place(mapping, "precondition"))) {
                return false;
            }
            for (Filter filter : activeFilters) {
                if ((filter.getMappings().isEmpty() || filter.getMappings().contains(mapping))
                        && expressions.condition(filter.getCondition(), variables(element, container),
                                new ExpressionPlace(description.getLabelFr(), filter.getLabelFr(), "condition"))) {
                    return false;
                }
            }
            return true;
        }

        ResolvedStyle style(DiagramElementMapping mapping, EObject element, EObject container, ResolvedStyle base) {
            ResolvedStyle style = base.with(mapping.getStyle());
            for (var conditional : mapping.getConditionalStyles()) {
                if (expressions.condition(conditional.getCondition(), variables(element, container),
                        place(mapping, "conditionalStyles.condition"))) {
                    return style.with(conditional.getStyle());
                }
            }
            return style;
        }

        void nodes(List<NodeMapping> mappings, EObject container, GModelElement parent, String parentId) {
            for (NodeMapping mapping : mappings) {
                if (!layerActive(mapping)) {
                    continue;
                }
                for (EObject element : candidates(mapping, container)) {
                    String id = nodeId(element, mapping, parentId);
                    if (!hidden.contains(id)) {
                        node(mapping, element, container, parent, parentId, id);
                    }
                }
            }
        }

        String nodeId(EObject element, NodeMapping mapping, String parentId) {
            String id = DiagramIdsSupport.id(element);
            if (view.view(id) != null) {
                id = id + "-" + mapping.getId() + (parentId == null ? "" : "-" + parentId);
            }
            return id;
        }

        void node(NodeMapping mapping, EObject element, EObject container, GModelElement parent, String parentId,
                String id) {
            ResolvedStyle style = style(mapping, element, container, ResolvedStyle.NODE_DEFAULT);
            boolean isContainer = !mapping.getChildren().isEmpty();
            GNode node = G.createGNode();
            node.setId(id);
            node.setType(isContainer ? DiagramTypes.CONTAINER : DiagramTypes.NODE);
            node.setLayout(null);
            StyleArgs.put(node.getArgs(), style, false);
            String iconPath = DiagramIcons.path(style.icon());
            if (iconPath != null) {
                node.getArgs().put(DiagramTypes.ARG_ICON, style.icon());
                icons.add(style.icon());
            }
            String text = isBlank(mapping.getLabelExpression()) ? ""
                    : expressions.text(mapping.getLabelExpression(), variables(element, container),
                            place(mapping, "labelExpression"));
            Font font = measurer.font(style.fontSize(), style.bold(), style.italic());
            List<String> lines = measurer.wrap(text, font);
            double[] textSize = measurer.size(lines, font);
            double iconSpace = iconPath != null ? DiagramTypes.ICON_SPACE : 0;
            double width = Math.max(style.width(), textSize[0] + 2 * DiagramTypes.PADDING + iconSpace);
            double height = Math.max(isContainer ? 0 : style.height(), textSize[1] + 2 * DiagramTypes.PADDING);
            if (isContainer) {
                node.getArgs().put(DiagramTypes.ARG_HEADER, height);
            }
            GLabel label = G.createGLabel();
            label.setId(id + "-label");
            label.setType(DiagramTypes.LABEL);
            label.setText(String.join("\n", lines));
            label.setPosition(GraphUtil.point(DiagramTypes.PADDING + iconSpace, DiagramTypes.PADDING));
            label.setSize(GraphUtil.dimension(textSize[0], textSize[1]));
            String editText = editText(mapping, element);
            if (editText != null) {
                label.getArgs().put(DiagramTypes.ARG_EDIT_TEXT, editText);
            }
            node.getChildren().add(label);

            ElementLayout layout = layouts.get(id);
            if (layout != null) {
                node.setPosition(GraphUtil.point(layout.getX(), layout.getY()));
                if (layout.getWidth() > 0 && layout.getHeight() > 0) {
                    width = Math.max(width, layout.getWidth());
                    height = Math.max(height, layout.getHeight());
                }
            } else {
                node.setPosition(GraphUtil.point(0, 0));
                view.unplaced(id);
            }
            node.setSize(GraphUtil.dimension(width, height));
            parent.getChildren().add(node);
            ViewElement viewElement = new ViewElement(id, element, mapping, parentId, node);
            view.add(viewElement);
            nodesOf.computeIfAbsent(element, key -> new ArrayList<>(1)).add(viewElement);
            if (isContainer) {
                nodes(mapping.getChildren(), element, node, id);
                fitChildren(node, height);
            }
        }

        /** A container is at least as large as its placed children, below its header. */
        void fitChildren(GNode node, double header) {
            double right = node.getSize().getWidth();
            double bottom = header + 2 * DiagramTypes.PADDING;
            for (GModelElement child : node.getChildren()) {
                if (child instanceof GNode childNode) {
                    right = Math.max(right, childNode.getPosition().getX() + childNode.getSize().getWidth()
                            + DiagramTypes.PADDING);
                    bottom = Math.max(bottom, childNode.getPosition().getY() + childNode.getSize().getHeight()
                            + DiagramTypes.PADDING);
                }
            }
            node.setSize(GraphUtil.dimension(right, Math.max(node.getSize().getHeight(), bottom)));
        }

        void edges(EdgeMapping mapping) {
            boolean relation = isBlank(mapping.getDomainClass());
            if (relation) {
                String targets = isBlank(mapping.getTargetExpression()) ? "self." + mapping.getReference()
                        : mapping.getTargetExpression();
                for (NodeMapping sourceMapping : mapping.getSourceMappings()) {
                    for (ViewElement source : nodesOfMapping(sourceMapping)) {
                        for (EObject target : expressions.elements(targets, variables(source.element(), root),
                                place(mapping, "targetExpression"))) {
                            if (!relationAccepted(mapping, source.element(), target)) {
                                continue;
                            }
                            for (ViewElement targetView : nodesOf.getOrDefault(target, List.of())) {
                                if (mapping.getTargetMappings().contains(targetView.mapping())) {
                                    edge(mapping, source.element(), source, targetView,
                                            mapping.getId() + "-" + source.id() + "-" + targetView.id());
                                }
                            }
                        }
                    }
                }
                return;
            }
            for (EObject element : candidates(mapping, root)) {
                List<ViewElement> sources = ends(mapping, element, mapping.getSourceExpression(),
                        mapping.getSourceMappings(), "sourceExpression");
                List<ViewElement> targets = ends(mapping, element, mapping.getTargetExpression(),
                        mapping.getTargetMappings(), "targetExpression");
                String id = DiagramIdsSupport.id(element);
                int n = 0;
                for (ViewElement source : sources) {
                    for (ViewElement target : targets) {
                        edge(mapping, element, source, target, n++ == 0 ? id : id + "-" + n);
                    }
                }
            }
        }

        /** Relation-based edges: the precondition sees the target as {@code self}, the source as {@code source}. */
        boolean relationAccepted(EdgeMapping mapping, EObject source, EObject target) {
            if (isBlank(mapping.getPrecondition())) {
                return true;
            }
            Map<String, Object> variables = variables(target, root);
            variables.put("source", source);
            return expressions.condition(mapping.getPrecondition(), variables, place(mapping, "precondition"));
        }

        List<ViewElement> nodesOfMapping(NodeMapping mapping) {
            List<ViewElement> result = new ArrayList<>();
            for (ViewElement element : view.views().values()) {
                if (element.mapping() == mapping) {
                    result.add(element);
                }
            }
            return result;
        }

        List<ViewElement> ends(EdgeMapping mapping, EObject element, String expression, List<NodeMapping> mappings,
                String role) {
            List<ViewElement> ends = new ArrayList<>();
            for (EObject end : expressions.elements(expression, variables(element, root), place(mapping, role))) {
                for (ViewElement endView : nodesOf.getOrDefault(end, List.of())) {
                    if (mappings.contains(endView.mapping())) {
                        ends.add(endView);
                    }
                }
            }
            return ends;
        }

        void edge(EdgeMapping mapping, EObject element, ViewElement source, ViewElement target, String id) {
            if (hidden.contains(id) || view.view(id) != null) {
                return;
            }
            ResolvedStyle style = style(mapping, element, root, ResolvedStyle.EDGE_DEFAULT);
            GEdge edge = G.createGEdge();
            edge.setId(id);
            edge.setType(DiagramTypes.EDGE);
            edge.setSourceId(source.id());
            edge.setTargetId(target.id());
            StyleArgs.put(edge.getArgs(), style, true);
            ElementLayout layout = layouts.get(id);
            if (layout != null) {
                for (Point point : layout.getBendpoints()) {
                    edge.getRoutingPoints().add(GraphUtil.point(point.getX(), point.getY()));
                }
            }
            if (!isBlank(mapping.getLabelExpression())) {
                String text = expressions.text(mapping.getLabelExpression(), variables(element, root),
                        place(mapping, "labelExpression"));
                if (!text.isEmpty()) {
                    edge.getChildren().add(edgeLabel(id, text, style));
                }
            }
            view.graph().getChildren().add(edge);
            view.add(new ViewElement(id, element, mapping, null, edge));
        }

        GLabel edgeLabel(String edgeId, String text, ResolvedStyle style) {
            Font font = measurer.font(style.fontSize(), style.bold(), style.italic());
            List<String> lines = measurer.wrap(text, font);
            double[] size = measurer.size(lines, font);
            GLabel label = G.createGLabel();
            label.setId(edgeId + "-label");
            label.setType(DiagramTypes.EDGE_LABEL);
            label.setText(String.join("\n", lines));
            label.setPosition(GraphUtil.point(0, 0));
            label.setSize(GraphUtil.dimension(size[0], size[1]));
            GEdgePlacement placement = G.createGEdgePlacement();
            placement.setPosition(0.5);
            placement.setSide("on");
            placement.setRotate(false);
            placement.setOffset(0.0);
            label.setEdgePlacement(placement);
            return label;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
