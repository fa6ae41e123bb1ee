package org.ctgstudio.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.MonthDay;

import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoverageCountingMode;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.ecore.EObject;

/** Fichier &gt; Nouveau &gt; Plan de déploiement: counted at 31/12, with the COG 2018-2022 trajectory to adapt. */
public class NewDeploymentPlanWizard extends NewModelFileWizard {

    @Override
    String[] texts() {
        return new String[] {Messages.NewDeployment_title, Messages.NewDeployment_pageTitle,
                Messages.NewDeployment_pageDescription, "ctgd", Messages.NewDeployment_fileName}; //$NON-NLS-1$
    }

    @Override
    EObject createModel() {
        CafDeploymentPlan plan = DeploymentFactory.eINSTANCE.createCafDeploymentPlan();
        plan.setCogPeriod("2018-2022"); //$NON-NLS-1$
        plan.setReferenceDay(MonthDay.of(12, 31));
        plan.setCountingMode(CoverageCountingMode.WHOLE_TERRITORY);
        int[][] trajectory = {{2018, 20}, {2019, 35}, {2020, 55}, {2021, 75}, {2022, 85}};
        for (int[] point : trajectory) {
            TrajectoryPoint target = DeploymentFactory.eINSTANCE.createTrajectoryPoint();
            target.setYear(point[0]);
            target.setTargetRate(BigDecimal.valueOf(point[1]));
            plan.getTrajectory().add(target);
        }
        return plan;
    }
}
