package org.ctgstudio.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoverageCountingMode;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Caf de l'Exemple deployment (brief §8): coverage at 31/12 of each year against the COG trajectory. */
class CoverageCalculatorTest {

    @TempDir
    Path temp;

    private CafDeploymentPlan plan;

    @BeforeEach
    void loadPlan() throws Exception {
        Examples.copyProject(temp);
        plan = (CafDeploymentPlan) ModelFiles.load(ModelFiles.newResourceSet(), temp.resolve(Examples.DEPLOYMENT))
                .root();
    }

    private static List<String> rates(List<YearCoverage> years) {
        return years.stream().map(y -> y.rate().toPlainString()).toList();
    }

    @Test
    void ratesYearByYearAreThoseOfTheBrief() {
        List<YearCoverage> years = CoverageCalculator.compute(plan, 2018, 2024);
        assertEquals(List.of("14.1", "54.9", "62.5", "74.9", "83.3", "92.7", "100.0"), rates(years));
        assertEquals(List.of(58000L, 226000L, 257500L, 308570L, 342970L, 381870L, 411870L),
                years.stream().map(YearCoverage::coveredPopulation).toList());
        assertEquals(List.of(false, true, true, false, false, true, true),
                years.stream().map(YearCoverage::meetsTarget).toList());
        assertEquals(LocalDate.of(2018, 12, 31), years.get(0).day());
        assertNull(years.get(5).target(), "no target after the COG 2018-2022 trajectory");
    }

    @Test
    void seventyFourPointNineDoesNotMeetSeventyFive() {
        YearCoverage y2021 = CoverageCalculator.compute(plan, 2021, 2021).get(0);
        assertEquals(new BigDecimal("74.9"), y2021.rate());
        assertEquals(0, new BigDecimal("75").compareTo(y2021.target()));
        assertEquals(new BigDecimal("-0.1"), y2021.gap());
        assertFalse(y2021.meetsTarget());
    }

    @Test
    void aCommuneInSeveralEntriesCountsOnce() {
        DeploymentEntry valAgain = DeploymentFactory.eINSTANCE.createDeploymentEntry();
        DeploymentEntry val = plan.getEntries().stream()
                .filter(e -> e.getTerritory().getName().contains("Val d'Exemple")).findFirst().orElseThrow();
        valAgain.setTerritory(val.getTerritory());
        valAgain.getAgreements().addAll(val.getAgreements());
        plan.getEntries().add(valAgain);
        assertEquals(List.of("14.1", "54.9", "62.5", "74.9", "83.3", "92.7", "100.0"),
                rates(CoverageCalculator.compute(plan, 2018, 2024)));
    }

    @Test
    void signatoryMunicipalitiesModeCountsOnlyTheCommunesThatSign() throws Exception {
        plan.setCountingMode(CoverageCountingMode.SIGNATORY_MUNICIPALITIES);
        long before = CoverageCalculator.compute(plan, 2025, 2025).get(0).coveredPopulation();
        GlobalTerritorialAgreement current = plan.getEntries().get(3).getAgreements().get(1);
        AgreementParty croquis = current.getParties().stream()
                .filter(p -> p.getOrganisation().getName().equals("Commune de Croquis")).findFirst().orElseThrow();
        current.getParties().remove(croquis);
        long after = CoverageCalculator.compute(plan, 2025, 2025).get(0).coveredPopulation();
        assertEquals(310, before - after, "Croquis (310 inhabitants) no longer counts");
    }

    @Test
    void anExtensionByAmendmentExtendsCoverage() {
        GlobalTerritorialAgreement current = plan.getEntries().get(3).getAgreements().get(1);
        long uncovered = CoverageCalculator.compute(plan, 2030, 2030).get(0).coveredPopulation();
        Amendment extension = GovernanceFactory.eINSTANCE.createAmendment();
        extension.setNumber(2);
        extension.setNewEndDate(LocalDate.of(2030, 12, 31));
        current.getAmendments().add(extension);
        assertEquals(23870, CoverageCalculator.compute(plan, 2030, 2030).get(0).coveredPopulation() - uncovered);
    }

    @Test
    void snapshotsAreComputedIntoThePlanButNeverSaved() throws Exception {
        assertArrayEquals(new int[] {2018, 2022}, CoverageCalculator.years(plan));
        CoverageCalculator.refreshSnapshots(plan, 2018, 2024);
        assertEquals(7, plan.getSnapshots().size());
        assertEquals(new BigDecimal("74.9"), plan.getSnapshots().get(3).getRate());
        Resource resource = plan.eResource();
        resource.save(null);
        assertFalse(Files.readString(temp.resolve(Examples.DEPLOYMENT)).contains("snapshots"));
        assertTrue(plan.getSnapshots().size() == 7, "saving leaves the computed figures in place");
    }
}
