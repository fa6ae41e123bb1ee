package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.Severity;
import org.junit.jupiter.api.Test;

/** A rule contributed by another bundle through org.ctgstudio.validation.rules runs with the built-in ones. */
class ContributedRuleTest {

    @Test
    void contributedRuleIsRegisteredAndRuns() throws Exception {
        assertNotNull(RuleRegistry.getDefault().rule("TEST-ACT-99"), "the extension point contribution is missing");
        assertEquals(RuleRegistry.builtIn().rules().size() + 1, RuleRegistry.getDefault().rules().size());

        Fixture f = new Fixture();
        List<Finding> findings = f.validate().of("TEST-ACT-99");
        assertEquals(List.of(f.action("FA01")), findings.stream().map(Finding::element).toList(),
                "only FA01 (620 000 €) is above 500 000 €");
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).text().startsWith("Fiche FA01 : budget important"), findings.get(0).text());
    }

    @Test
    void contributedRuleReadsParametersAndObeysProfiles() throws Exception {
        Fixture f = new Fixture();
        assertEquals(2, f.validate(RuleProfile.defaults().withParameter("largeBudget", "100000"))
                .of("TEST-ACT-99").size(), "FA01 and FA02 above 100 000 €");
        assertTrue(f.validate(RuleProfile.defaults().withDisabled("TEST-ACT-99")).of("TEST-ACT-99").isEmpty());
    }
}
