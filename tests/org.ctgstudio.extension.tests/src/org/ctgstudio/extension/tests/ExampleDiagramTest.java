package org.ctgstudio.extension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ctgstudio.diagram.description.DiagramElementMapping;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.Labelled;
import org.ctgstudio.diagram.description.NodeCreationTool;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.interpreter.ClassResolver;
import org.ctgstudio.diagram.interpreter.DiagramInterpreter;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.render.DiagramPictures;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.server.operations.DiagramCommands;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.plan.Action;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the example extension installed, its layer « Financements départementaux » is part of CTG Studio's Plan
 * d'actions: read from the extension point by the shared registry (which the workbench, documents and the command
 * line use), its departmental funding lines drawn with an edge to the fiche action they finance, hidden with their
 * layer, created by its palette tool, and painted in pictures.
 */
class ExampleDiagramTest extends ExampleConventionTest {

    private DepartmentalFunding funding;
    private Action financed;
    private RepresentationDescription plan;

    @BeforeEach
    void addAFundingLine() {
        financed = ctg.getActions().get(0);
        funding = ExampleFunding.of(ctg, FundingSource.DEPARTMENT);
        funding.setAction(financed);
        ctg.getFundings().add(funding);
        plan = DescriptionRegistry.instance().get("plan-actions");
    }

    private static List<String> ids(List<? extends Labelled> elements) {
        return elements.stream().map(Labelled::getId).toList();
    }

    @Test
    void thePlanDActionsHasTheExtensionsLayerMappingsAndTools() {
        assertTrue(DescriptionRegistry.instance().unmerged().isEmpty(), "every extension is merged");
        assertEquals(List.of("plan-indicators", "dep-layer"), ids(plan.getLayers()));
        assertEquals("Financements départementaux", plan.getLayers().get(1).getLabelFr());
        assertTrue(ids(plan.getNodeMappings()).containsAll(List.of("plan-axis", "plan-action", "dep-funding")));
        assertTrue(ids(plan.getTools()).containsAll(
                List.of("plan-create-action", "dep-create-funding", "dep-connect-action", "dep-rename", "dep-delete")));
        EdgeMapping edge = (EdgeMapping) mapping(plan.getEdgeMappings(), "dep-funding-action");
        assertSame(mapping(plan.getNodeMappings(), "plan-action"), edge.getTargetMappings().get(0),
                "the edge ends on the Plan d'actions' own mapping of fiches actions");
    }

    @Test
    void aDepartmentalFundingIsDrawnWithAnEdgeToItsActionInItsLayer() {
        Representation representation = Representations.create(set, folder.resolve("plan.ctgr"), plan, ctg);
        assertTrue(representation.getActiveLayers().contains("dep-layer"), "the layer is active by default");
        DiagramInterpreter interpreter = new DiagramInterpreter(new DescriptionExpressions(), new TextMeasurer());
        DiagramView view = interpreter.build(plan, representation, ctg);
        ViewElement node = node(view, funding, "dep-funding");
        String label = label(node.model()).replace('\n', ' '); // wrapped to the node's width
        assertTrue(label.startsWith("Département – Fonds départemental d'appui à la parentalité 12"), label);
        assertTrue(label.endsWith("000 €"), label);
        ViewElement action = node(view, financed, "plan-action");
        assertTrue(view.views().values().stream().anyMatch(v -> "dep-funding-action".equals(v.mapping().getId())
                && v.model() instanceof GEdge gEdge && gEdge.getSourceId().equals(node.id())
                && gEdge.getTargetId().equals(action.id())), "an edge from the funding to its fiche action");
        long others = view.views().values().stream().filter(v -> !v.mapping().getId().startsWith("dep-")).count();

        representation.getActiveLayers().remove("dep-layer");
        DiagramView hidden = interpreter.build(plan, representation, ctg);
        assertTrue(hidden.idsOf(funding).isEmpty(), "hidden with its layer");
        assertEquals(others, hidden.views().size(), "the rest of the Plan d'actions is unchanged");
    }

    @Test
    void itsPaletteToolCreatesADepartmentalFunding() {
        NodeCreationTool tool = (NodeCreationTool) plan.getTools().stream()
                .filter(t -> "dep-create-funding".equals(t.getId())).findFirst().orElseThrow();
        EObject created = DiagramCommands.newElement(new ClassResolver(ctg).resolve(tool.getEClass(),
                new ExpressionPlace(plan.getLabelFr(), tool.getLabelFr(), "eClass")));
        DepartmentalFunding line = assertInstanceOf(DepartmentalFunding.class, created);
        DiagramCommands.initialise(new DescriptionExpressions(), plan, tool, tool.getInitialValues(), line, ctg, ctg);
        assertEquals("Nouveau dispositif départemental", line.getScheme());
        assertEquals(FundingSource.DEPARTMENT, line.getSource());
        assertNotNull(line.getId(), "a new element gets its id");
    }

    @Test
    void descriptionsAndToolMessagesNameItAsItsItemProviderDoes() {
        assertEquals("Financement départemental Fonds départemental d'appui à la parentalité",
                new DescriptionExpressions().evaluate("self._label", java.util.Map.of("self", funding),
                        new ExpressionPlace(plan.getLabelFr(), "dep-funding", "labelExpression")));
    }

    @Test
    void documentsAndTheCommandLinePaintIt() {
        String svg = new DiagramPictures().svg(plan, ctg);
        int at = svg.indexOf("partement");
        assertTrue(at >= 0, "the funding's label in the picture");
        assertTrue(svg.contains("parentalit"), svg.substring(at, Math.min(svg.length(), at + 400)));
    }

    private static DiagramElementMapping mapping(List<? extends DiagramElementMapping> mappings, String id) {
        return mappings.stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static ViewElement node(DiagramView view, EObject element, String mappingId) {
        List<ViewElement> nodes = view.idsOf(element).stream().map(view::view)
                .filter(v -> mappingId.equals(v.mapping().getId())).toList();
        assertEquals(1, nodes.size(), "one node of " + element);
        return nodes.get(0);
    }

    private static String label(GModelElement node) {
        return node.getChildren().stream().filter(GLabel.class::isInstance).map(c -> ((GLabel) c).getText())
                .findFirst().orElse("");
    }
}
