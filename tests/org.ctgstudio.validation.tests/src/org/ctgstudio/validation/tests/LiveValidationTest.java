package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.ctgstudio.validation.LiveValidation;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** Changes trigger one validation after the pause, not one per change. */
class LiveValidationTest {

    @Test
    void aBurstOfChangesGivesOneReport() throws Exception {
        Fixture f = new Fixture();
        BlockingQueue<ValidationReport> reports = new ArrayBlockingQueue<>(10);
        try (LiveValidation live = LiveValidation.start(f.set, RuleProfile::defaults, 200, Runnable::run,
                reports::add)) {
            f.ctg.getSchemeLinks().clear();
            f.ctg.setTitle("CTG du Val d'Exemple (projet)");
            f.ctg.getDiagnosis().setCafCoFunding(new java.math.BigDecimal("9000"));
            ValidationReport report = reports.poll(10, TimeUnit.SECONDS);
            assertTrue(report != null, "no validation after the changes");
            // Every model of the resource set is validated: the predecessor convention has no SDSF link either.
            assertEquals(1, report.of("CTG-LNK-01").stream().filter(x -> x.element() == f.ctg).count());
            assertEquals(1, report.of("CTG-DIA-03").size());
            assertEquals(null, reports.poll(500, TimeUnit.MILLISECONDS), "one report for the burst of changes");
        }
    }
}
