package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The Val d'Exemple convention, its reference data, template and deployment plan validate without error. */
class ExampleValidationTest {

    @Test
    void valDExempleHasNoError() throws Exception {
        ValidationReport report = new Fixture().validate();
        assertEquals(0, report.count(Severity.ERROR), report.findings().toString());
        assertFalse(report.hasErrors());
        assertTrue(report.findings().stream().noneMatch(f -> f.text().contains(f.ruleId())),
                "no rule may fail on the example: " + report.findings());
    }

    @Test
    void coverageWarningsAreTheBriefsOnes() throws Exception {
        Fixture fixture = new Fixture();
        assertTrue(fixture.plan.getSnapshots().isEmpty(), "the plan is validated as read from disk");
        List<Finding> findings = fixture.validate().of("CTG-COV-02");
        List<Integer> years = findings.stream().map(f -> ((TrajectoryPoint) f.element()).getYear()).toList();
        assertEquals(List.of(2018, 2021, 2022), years, "2018 below 20 %, 2021 at 74.9 % for 75 %, 2022 below 85 %");
        assertEquals("Taux de couverture 2021 : 74,9 % pour une cible de 75 %.", findings.get(1).text());
    }

    @Test
    void everyBrokenVariantOfTheBriefHasAnError() throws Exception {
        for (String variant : List.of("sans-caf", "echeance-2030", "sans-parentalite", "diagnostic-9000",
                "fa06-sans-valeur-initiale", "castors-verse-cc", "alsh-0-10")) {
            ValidationReport report = new Fixture(org.ctgstudio.tests.support.Examples.variant(variant)).validate();
            assertTrue(report.hasErrors(), variant + " should not validate: " + report.summary());
        }
    }
}
