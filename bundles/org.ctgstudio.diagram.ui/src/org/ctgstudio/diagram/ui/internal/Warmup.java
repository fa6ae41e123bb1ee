package org.ctgstudio.diagram.ui.internal;

import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.interpreter.DiagramInterpreter;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.StrategicAxis;

/**
 * Builds and lays out each description's diagram once on a tiny convention of its own (no workbench model is
 * touched, so any thread will do): the expression engine, the interpreter, text measuring and ELK are loaded and
 * compiled before the user opens a diagram.
 */
final class Warmup {

    private Warmup() {
    }

    static void run(DescriptionRegistry registry) {
        GlobalTerritorialAgreement convention = CtgFactory.eINSTANCE.createGlobalTerritorialAgreement();
        StrategicAxis axis = PlanFactory.eINSTANCE.createStrategicAxis();
        Objective objective = PlanFactory.eINSTANCE.createObjective();
        Action action = PlanFactory.eINSTANCE.createAction();
        convention.getAxes().add(axis);
        axis.getObjectives().add(objective);
        convention.getActions().add(action);
        objective.getActions().add(action);
        for (org.eclipse.emf.ecore.EObject element : List.of(axis, objective, action)) {
            // labels are expressions over these texts: give each one
            for (org.eclipse.emf.ecore.EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.getEType().getInstanceClass() == String.class && !attribute.isMany()
                        && attribute.isChangeable()) {
                    element.eSet(attribute, "1");
                }
            }
        }
        DiagramInterpreter interpreter = new DiagramInterpreter(new DescriptionExpressions(), new TextMeasurer());
        DiagramLayout layout = new DiagramLayout();
        List<RepresentationDescription> descriptions = registry.applicableTo(convention);
        for (RepresentationDescription description : descriptions) {
            Representation representation = RepresentationFactory.eINSTANCE.createRepresentation();
            representation.setDescriptionId(description.getId());
            DiagramView view = interpreter.build(description, representation, convention);
            layout.placeUnplaced(view.graph(), view.unplaced(), description.getLayoutDirection());
        }
    }
}
