package org.ctgstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Path;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.model.resource.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A synthetic convention whose Plan d'actions diagram has {@code nodes} nodes and 1.5 × as many edges: 1 % axes,
 * 9 % objectives, 30 % fiches actions, 60 % indicators; each axis holds its objectives, each fiche action is linked
 * to 2 or 3 objectives (81 % of nodes) and holds two indicators (60 %), plus the 9 % axis → objective links.
 */
public final class SyntheticPlan {

    private SyntheticPlan() {
    }

    public static GlobalTerritorialAgreement generate(int nodes) {
        PlanFactory plan = PlanFactory.eINSTANCE;
        GlobalTerritorialAgreement ctg = CtgFactory.eINSTANCE.createGlobalTerritorialAgreement();
        ctg.setCode("CTG-BENCH");
        ctg.setTitle("Convention synthétique");
        int axes = Math.max(1, nodes / 100);
        int objectivesPerAxis = 9;
        int actions = nodes * 3 / 10;
        for (int a = 0; a < axes; a++) {
            StrategicAxis axis = plan.createStrategicAxis();
            axis.setNumber(a + 1);
            axis.setLabel("Axe synthétique " + (a + 1));
            for (int o = 0; o < objectivesPerAxis; o++) {
                Objective objective = plan.createObjective();
                objective.setCode("O" + (a + 1) + "." + (o + 1));
                objective.setLabel("Objectif " + (o + 1) + " de l'axe " + (a + 1));
                axis.getObjectives().add(objective);
            }
            ctg.getAxes().add(axis);
        }
        var objectives = ctg.getAxes().stream().flatMap(axis -> axis.getObjectives().stream()).toList();
        for (int f = 0; f < actions; f++) {
            Action action = plan.createAction();
            action.setNumber("FA" + (f + 1));
            action.setTitle("Fiche action synthétique numéro " + (f + 1));
            action.setStatus(ActionStatus.VALUES.get(f % ActionStatus.VALUES.size()));
            int links = f % 10 < 7 ? 3 : 2; // 2.7 objectives per fiche on average
            for (int l = 0; l < links; l++) {
                action.getObjectives().add(objectives.get((f + l * 31) % objectives.size()));
            }
            for (int i = 0; i < 2; i++) {
                Indicator indicator = plan.createIndicator();
                indicator.setCode("FA" + (f + 1) + "-I" + (i + 1));
                indicator.setLabel("Indicateur " + (i + 1));
                action.getIndicators().add(indicator);
            }
            ctg.getActions().add(action);
        }
        return ctg;
    }

    /** Writes the convention as a .ctg file (ids assigned on the way). */
    public static Path write(GlobalTerritorialAgreement ctg, Path file) throws IOException {
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(ctg);
        resource.save(null);
        return file;
    }
}
