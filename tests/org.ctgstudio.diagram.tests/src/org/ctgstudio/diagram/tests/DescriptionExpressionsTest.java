package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.description.DescriptionFactory;
import org.ctgstudio.diagram.description.NodeMapping;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionException;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expressions of descriptions: EMF-aware reading (features by name, projections, French enumeration labels), and
 * the sandbox: no method call, no class, no file, whatever is tried; every refusal says where and what.
 */
class DescriptionExpressionsTest {

    static final ExpressionPlace PLACE = new ExpressionPlace("Plan d'actions", "Fiche action", "labelExpression");
    static DescriptionExpressions expressions = new DescriptionExpressions();
    static GlobalTerritorialAgreement convention;

    @BeforeAll
    static void load() throws Exception {
        convention = new DiagramFixture().convention;
    }

    Object eval(String expression) {
        return expressions.evaluate(expression, Map.of("self", convention, "root", convention), PLACE);
    }

    @Test
    void readsFeaturesByNameProjectionsAndFrenchLabels() {
        assertEquals(convention.getTitle(), eval("self.title"));
        assertEquals(convention.getActions().size(), ((Number) eval("size(self.actions)")).intValue());
        int objectives = convention.getAxes().stream().mapToInt(a -> a.getObjectives().size()).sum();
        assertEquals(objectives, ((List<?>) eval("self.axes.objectives")).size());
        Action action = convention.getActions().get(0);
        Object status = expressions.evaluate("self.status", Map.of("self", action), PLACE);
        assertEquals(action.getStatus().getName(), status, "enumerations read as their literal names");
        Object label = expressions.evaluate("self.statusLabel", Map.of("self", action), PLACE);
        assertTrue(List.of("Prévue", "En cours", "Réalisée", "Reportée", "Abandonnée").contains(label)
                || !label.toString().equals(action.getStatus().getName()), "French label: " + label);
        assertEquals(Boolean.TRUE, expressions.evaluate("self.status =~ ['PLANNED', 'IN_PROGRESS', 'COMPLETED',"
                + " 'POSTPONED', 'ABANDONED']", Map.of("self", action), PLACE));
    }

    @Test
    void anEmptyFeatureReadsAsNothingInsteadOfFailingTheDiagram() throws Exception {
        var axis = new DiagramFixture().convention.getAxes().get(0); // a copy of its own: it is changed
        axis.setLabel(null); // a model being drafted
        assertEquals("Axe 1 – ", expressions.evaluate("'Axe ' + self.number + ' – ' + self.label",
                Map.of("self", axis), PLACE));
        assertEquals(Boolean.FALSE, expressions.evaluate("self.label == 'Petite enfance'", Map.of("self", axis),
                PLACE));
    }

    @Test
    void anUnknownFeatureIsALocatedError() {
        DescriptionException e = assertThrows(DescriptionException.class, () -> eval("self.titre"));
        assertTrue(e.getMessage().contains("Plan d'actions \u203A Fiche action \u203A labelExpression"),
                e.getMessage());
        assertTrue(e.getMessage().contains("« self.titre »"), e.getMessage());
        assertTrue(e.getMessage().contains("aucune propriété « titre » sur GlobalTerritorialAgreement"),
                e.getMessage());
    }

    /** Method calls, class loading and file access, in every form JEXL knows: all refused, with the place. */
    @ParameterizedTest
    @ValueSource(strings = {
            "self.title.toUpperCase()",
            "''.getClass().forName('java.lang.Runtime')",
            "self.class",
            "self.title.class.classLoader",
            "new('java.io.File', '/etc/passwd')",
            "new('java.io.FileReader', '/etc/passwd')",
            "java.nio.file.Files.readAllLines('/etc/passwd')",
            "x = 1",
            "(x) -> x",
            "for (var a : self.actions) { a }",
            "#pragma jexl.import java.io\n 1",
            "file:read('/etc/passwd')",
            "self.eResource.resourceSet",
            "self.eClass().getEPackage()" })
    void theSandboxRefusesJava(String expression) {
        DescriptionException e = assertThrows(DescriptionException.class, () -> eval(expression), expression);
        assertTrue(e.getMessage().startsWith("Plan d'actions \u203A Fiche action \u203A labelExpression : expression « "),
                e.getMessage());
    }

    @Test
    void aFailingDescriptionExpressionStopsTheDiagramWithItsPlace() {
        RepresentationDescription description = DescriptionFactory.eINSTANCE.createRepresentationDescription();
        description.setId("broken");
        description.setLabelFr("Diagramme cassé");
        description.setDomainClass("GlobalTerritorialAgreement");
        NodeMapping mapping = DescriptionFactory.eINSTANCE.createNodeMapping();
        mapping.setId("broken-action");
        mapping.setLabelFr("Fiche");
        mapping.setDomainClass("Action");
        mapping.setSemanticCandidates("self.actions");
        mapping.setLabelExpression("self.title.length()");
        description.getNodeMappings().add(mapping);
        var interpreter = new DiagramFixture.Builder().interpreter();
        DescriptionException e = assertThrows(DescriptionException.class, () -> interpreter.build(description,
                RepresentationFactory.eINSTANCE.createRepresentation(), convention));
        assertTrue(e.getMessage().startsWith("Diagramme cassé \u203A Fiche \u203A labelExpression : expression "
                + "« self.title.length() » : interdit"), e.getMessage());
    }
}
