package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.fixes.QuickFix;
import org.ctgstudio.validation.fixes.QuickFixes;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each quick fix removes its finding through an undoable command; undo brings the finding back. */
class QuickFixesTest {

    static Stream<RulesTest.Case> fixable() {
        Set<String> fixed = QuickFixes.all().stream().map(QuickFix::ruleId).collect(Collectors.toSet());
        return RulesTest.cases().filter(c -> fixed.contains(c.rule()));
    }

    @Test
    void atLeastEightRulesHaveAQuickFix() {
        assertTrue(QuickFixes.all().size() >= 8);
        assertEquals(QuickFixes.all().size(), fixable().count(), "every fix is tested on its rule's case");
        assertTrue(QuickFixes.all().stream().allMatch(f -> !f.label().isBlank()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixable")
    void fixRemovesTheFindingAndUndoRestoresIt(RulesTest.Case c) throws Exception {
        Fixture f = c.variant() == null ? new Fixture()
                : new Fixture(org.ctgstudio.tests.support.Examples.variant(c.variant()));
        EObject element = c.breaks().apply(f);
        Finding finding = f.validate().of(c.rule()).stream().filter(x -> x.element() == element).findFirst()
                .orElseThrow();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(),
                new BasicCommandStack(), f.set);
        List<QuickFix> fixes = QuickFixes.forFinding(finding);
        assertFalse(fixes.isEmpty());
        Command command = fixes.get(0).create(domain, finding, RuleProfile.defaults());
        assertNotNull(command, "fix not applicable to " + finding);

        domain.getCommandStack().execute(command);
        assertTrue(f.validate().of(c.rule()).stream().noneMatch(x -> x.element() == element),
                fixes.get(0).label() + " did not fix " + finding);

        domain.getCommandStack().undo();
        assertTrue(f.validate().of(c.rule()).stream().anyMatch(x -> x.element() == element), "undo failed");
    }

    @Test
    void diagnosisCapFixUsesTheActiveProfile() throws Exception {
        Fixture f = new Fixture();
        // 7 000 EUR is within the built-in cap (7 500 EUR) but above this Caf's lowered one.
        f.ctg.getDiagnosis().setCafCoFunding(new BigDecimal("7000"));
        RuleProfile lowered = RuleProfile.defaults().withParameter("diagnosticCafCap", "5000");
        assertTrue(f.validate().of("CTG-DIA-03").isEmpty());
        Finding finding = f.validate(lowered).of("CTG-DIA-03").stream().findFirst().orElseThrow();

        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(),
                new BasicCommandStack(), f.set);
        domain.getCommandStack().execute(QuickFixes.forFinding(finding).get(0).create(domain, finding, lowered));
        assertEquals(0, new BigDecimal("5000").compareTo(f.ctg.getDiagnosis().getCafCoFunding()),
                "capped at the profile's cap: " + f.ctg.getDiagnosis().getCafCoFunding());
        assertTrue(f.validate(lowered).of("CTG-DIA-03").isEmpty(), "the finding survived its fix");
    }
}
