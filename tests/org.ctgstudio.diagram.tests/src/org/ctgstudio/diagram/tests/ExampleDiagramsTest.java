package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.diagram.description.LayoutDirection;
import org.ctgstudio.diagram.interpreter.DiagramTypes;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.StyleArgs;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.render.DiagramIcons;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.StrategicAxis;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four described diagrams of the example convention show the expected nodes and edges; the expected numbers are
 * counted from the model itself, so the test says what each description promises.
 */
class ExampleDiagramsTest {

    static DiagramFixture fixture;

    @BeforeAll
    static void load() throws Exception {
        fixture = new DiagramFixture();
    }

    /** Laid out whole (« Réorganiser »), the plan reads as the convention does: Axe 1 above Axe 2, FA01 above FA02. */
    @Test
    void planDActionsIsLaidOutInTheConventionsOrder() {
        Representation representation = fixture.representation("plan-actions");
        DiagramView view = fixture.build(representation);
        Map<String, DiagramLayout.Bounds> laidOut = new DiagramLayout().layout(view.graph(), null,
                LayoutDirection.RIGHT);
        var convention = fixture.convention;
        List<String> axes = convention.getAxes().stream().map(StrategicAxis::getId).toList();
        List<String> actions = convention.getActions().stream().map(Action::getId).toList();
        assertEquals(axes, axes.stream().sorted(Comparator.comparingDouble(id -> laidOut.get(id).y())).toList(),
                "axes from top to bottom");
        assertEquals(actions, actions.stream().sorted(Comparator.comparingDouble(id -> laidOut.get(id).y())).toList(),
                "fiches actions from top to bottom");
    }

    @Test
    void planDActionsShowsAxesObjectivesActionsAndIndicators() {
        DiagramView view = fixture.build(fixture.representation("plan-actions"));
        var convention = fixture.convention;
        int objectives = convention.getAxes().stream().mapToInt(a -> a.getObjectives().size()).sum();
        int links = convention.getAxes().stream().flatMap(a -> a.getObjectives().stream())
                .mapToInt(o -> o.getActions().size()).sum();
        int indicators = convention.getActions().stream().mapToInt(a -> a.getIndicators().size()).sum();
        assertTrue(convention.getAxes().size() >= 3 && objectives > 0 && links > 0 && indicators > 0);
        assertEquals(convention.getAxes().size(), DiagramFixture.count(view, "plan-axis"));
        assertEquals(objectives, DiagramFixture.count(view, "plan-objective"));
        assertEquals(convention.getActions().size(), DiagramFixture.count(view, "plan-action"));
        assertEquals(indicators, DiagramFixture.count(view, "plan-indicator"));
        assertEquals(objectives, DiagramFixture.count(view, "plan-axis-objective"));
        assertEquals(links, DiagramFixture.count(view, "plan-objective-action"));
        assertEquals(indicators, DiagramFixture.count(view, "plan-action-indicator"));

        // Ids are the elements' stable ids; labels and status styles come from the description.
        StrategicAxis axis = convention.getAxes().get(0);
        GNode axisNode = (GNode) view.view(axis.getId()).model();
        assertEquals("Axe " + axis.getNumber() + " \u2013 " + axis.getLabel(), DiagramFixture.text(axisNode)
                .replace("\n", " "));
        Action inProgress = convention.getActions().stream().filter(a -> a.getStatus() == ActionStatus.IN_PROGRESS)
                .findFirst().orElseThrow();
        GNode actionNode = (GNode) view.view(inProgress.getId()).model();
        assertEquals("#B34000", actionNode.getArgs().get(DiagramTypes.ARG_STROKE));
        assertTrue(DiagramFixture.text(actionNode).contains("En cours"), DiagramFixture.text(actionNode));
        Objective objective = axis.getObjectives().get(0);
        Action first = objective.getActions().get(0);
        GEdge edge = (GEdge) view.view("plan-objective-action-" + objective.getId() + "-" + first.getId()).model();
        assertEquals(objective.getId(), edge.getSourceId());
        assertEquals(first.getId(), edge.getTargetId());
        assertEquals("TRIANGLE", edge.getArgs().get(DiagramTypes.ARG_TARGET_ARROW));
        // Every node is sized on the server (no client bounds pass): its label fits.
        for (ViewElement element : view.views().values()) {
            if (element.model() instanceof GNode node) {
                assertTrue(node.getSize().getWidth() > 0 && node.getSize().getHeight() > 0, node.getId());
            }
        }
    }

    /** A direct edit starts from the feature it sets (the title), not from the whole label (number, status). */
    @Test
    void aLabelsDirectEditStartsFromTheEditedFeature() {
        DiagramView view = fixture.build(fixture.representation("plan-actions"));
        Action action = fixture.convention.getActions().get(0);
        GNode node = (GNode) view.view(action.getId()).model();
        GLabel label = (GLabel) node.getChildren().stream().filter(GLabel.class::isInstance).findFirst().orElseThrow();
        assertTrue(label.getText().startsWith(action.getNumber() + " \u2013 "), label.getText());
        assertEquals(action.getTitle(), label.getArgs().get(DiagramTypes.ARG_EDIT_TEXT));
        StrategicAxis axis = fixture.convention.getAxes().get(0);
        GLabel axisLabel = (GLabel) ((GNode) view.view(axis.getId()).model()).getChildren().get(0);
        assertEquals(axis.getLabel(), axisLabel.getArgs().get(DiagramTypes.ARG_EDIT_TEXT));
    }

    @Test
    void layersAndFiltersHideWhatTheySay() {
        Representation representation = fixture.representation("plan-actions");
        representation.getActiveLayers().clear();
        representation.getActiveFilters().add("plan-hide-closed");
        DiagramView view = fixture.build(representation);
        assertEquals(0, DiagramFixture.count(view, "plan-indicator"));
        assertEquals(0, DiagramFixture.count(view, "plan-action-indicator"));
        long open = fixture.convention.getActions().stream().filter(a -> a.getStatus() != ActionStatus.COMPLETED
                && a.getStatus() != ActionStatus.ABANDONED).count();
        assertEquals(open, DiagramFixture.count(view, "plan-action"));
    }

    @Test
    void partenariatShowsPartiesPartnersCommitmentsAndFunding() {
        DiagramView view = fixture.build(fixture.representation("partenariat"));
        var convention = fixture.convention;
        Set<Organisation> organisations = new HashSet<>();
        convention.getParties().forEach(p -> organisations.add(p.getOrganisation()));
        convention.getCommitments().forEach(c -> organisations.add(c.getPartner()));
        convention.getFundings().forEach(f -> organisations.add(f.getFunder()));
        convention.getActions().forEach(a -> {
            organisations.add(a.getPilot());
            organisations.addAll(a.getPartners());
        });
        organisations.remove(null);
        assertEquals(organisations.size(), DiagramFixture.count(view, "part-organisation"));
        assertEquals(convention.getCommitments().size(), DiagramFixture.count(view, "part-commitment"));
        assertEquals(convention.getCommitments().size(), DiagramFixture.count(view, "part-commits"));
        long funded = convention.getFundings().stream().filter(f -> f.getAction() != null && f.getFunder() != null)
                .count();
        assertTrue(funded > 0);
        assertEquals(funded, DiagramFixture.count(view, "part-funding"));
        long pilots = convention.getActions().stream().filter(a -> a.getPilot() != null).count();
        assertEquals(pilots, DiagramFixture.count(view, "part-pilots"));
        AgreementParty signatory = convention.getParties().get(0);
        GNode party = (GNode) view.view(signatory.getOrganisation().getId()).model();
        assertTrue(DiagramFixture.text(party).contains(signatory.getOrganisation().getName()));
        assertEquals(signatory.getRole().getName().equals("SIGNATORY") ? "#000091" : "#3A3A3A",
                party.getArgs().get(DiagramTypes.ARG_STROKE));
        Funding funding = convention.getFundings().stream().filter(f -> f.getAction() != null).findFirst()
                .orElseThrow();
        GEdge edge = (GEdge) view.view(funding.getId()).model();
        assertEquals(funding.getAction().getId(), edge.getTargetId());
        assertFalse(edge.getChildren().isEmpty(), "the funding edge has its amount as label");
    }

    @Test
    void gouvernanceShowsCommitteesWithTheirMembersAndTheCooperationOfficer() {
        DiagramView view = fixture.build(fixture.representation("gouvernance"));
        var governance = fixture.convention.getGovernance();
        assertEquals(governance.getCommittees().size(), DiagramFixture.count(view, "gov-committee"));
        int members = governance.getCommittees().stream().mapToInt(c -> c.getMembers().size()).sum();
        assertEquals(members, DiagramFixture.count(view, "gov-member"));
        assertEquals(governance.getCooperationOfficers().size(), DiagramFixture.count(view, "gov-officer"));
        long runs = governance.getCommittees().stream().filter(c -> !c.getType().getName().equals("THEMATIC")).count()
                * governance.getCooperationOfficers().size();
        assertEquals(runs, DiagramFixture.count(view, "gov-officer-committee"));
        Committee copil = governance.getCommittees().get(0);
        GNode container = (GNode) view.view(copil.getId()).model();
        assertEquals(DiagramTypes.CONTAINER, container.getType());
        assertEquals(copil.getMembers().size() + 1, container.getChildren().size(), "label + one node per member");
    }

    @Test
    void territoireShowsCommunesFacilitiesOperatorsAndBonuses() {
        DiagramView view = fixture.build(fixture.representation("territoire"));
        var convention = fixture.convention;
        var communes = convention.getTerritory().getMunicipalities();
        assertEquals(communes.size(), DiagramFixture.count(view, "ter-commune"));
        long placed = convention.getFacilities().stream().filter(f -> communes.contains(f.getMunicipality())).count();
        assertEquals(placed, DiagramFixture.count(view, "ter-facility"));
        Set<Organisation> operators = new HashSet<>();
        convention.getFacilities().forEach(f -> operators.add(f.getOperator()));
        operators.remove(null);
        assertEquals(operators.size(), DiagramFixture.count(view, "ter-operator"));
        long bonuses = convention.getFundings().stream().filter(f -> f instanceof TerritoryBonus).count();
        assertTrue(bonuses > 0);
        assertEquals(bonuses, DiagramFixture.count(view, "ter-bonus"));
        Facility facility = convention.getFacilities().get(0);
        ViewElement facilityView = view.view(facility.getId());
        assertNotNull(facilityView);
        assertEquals(facility.getMunicipality().getId(), facilityView.parentId(), "inside its commune");
    }

    @Test
    void onlyWhatDiffersFromTheDefaultStyleIsSent() {
        DiagramView view = fixture.build(fixture.representation("plan-actions"));
        Map<String, Object> graphArgs = view.graph().getArgs().map();
        Map<?, ?> nodeStyle = (Map<?, ?>) graphArgs.get(DiagramTypes.ARG_NODE_STYLE);
        Map<?, ?> edgeStyle = (Map<?, ?>) graphArgs.get(DiagramTypes.ARG_EDGE_STYLE);
        Map<?, ?> icons = (Map<?, ?>) graphArgs.get(DiagramTypes.ARG_ICONS);
        assertEquals("ROUNDED", nodeStyle.get(DiagramTypes.ARG_SHAPE));
        assertEquals("ARROW", edgeStyle.get(DiagramTypes.ARG_TARGET_ARROW));
        int withIcon = 0;
        for (ViewElement element : view.views().values()) {
            Map<String, Object> args = element.model().getArgs().map();
            Map<?, ?> defaults = element.model() instanceof GEdge ? edgeStyle : nodeStyle;
            defaults.forEach((key, value) -> assertFalse(value.equals(args.get(key)), element.id() + " " + key));
            if (args.get(DiagramTypes.ARG_ICON) instanceof String icon) {
                withIcon++;
                assertEquals(DiagramIcons.path(icon), icons.get(icon), icon);
            }
            // What the painter and the client draw: the default, unless the element says otherwise.
            Map<String, Object> style = StyleArgs.of(element.model());
            assertEquals(args.getOrDefault(DiagramTypes.ARG_STROKE, defaults.get(DiagramTypes.ARG_STROKE)),
                    style.get(DiagramTypes.ARG_STROKE));
        }
        assertTrue(withIcon > 0);
    }
}
