package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.model.template.RuleSeverity;
import org.ctgstudio.model.template.SeverityOverride;
import org.ctgstudio.model.template.TemplateFactory;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.CtgEValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles (enable, severity, parameters, file), template overrides, messages in French and English. */
class ProfilesAndMessagesTest {

    @TempDir
    Path temp;

    @Test
    void profilesDisableRulesChangeSeveritiesAndParameters() throws Exception {
        Fixture f = new Fixture(Examples.variant("echeance-2030"));
        assertEquals(Severity.ERROR, f.validate().of("CTG-DUR-02").get(0).severity());
        assertTrue(f.validate(RuleProfile.defaults().withDisabled("CTG-DUR-02")).of("CTG-DUR-02").isEmpty());
        assertEquals(Severity.WARNING, f.validate(RuleProfile.defaults().withSeverity("CTG-DUR-02", Severity.WARNING))
                .of("CTG-DUR-02").get(0).severity());
        assertTrue(f.validate(RuleProfile.defaults().withParameter("maxYears", "6")).of("CTG-DUR-02").isEmpty(),
                "6 years are allowed when the profile says so");
    }

    @Test
    void aParameterRemovedFromTheProfileFallsBackToTheDefault() throws Exception {
        Fixture f = new Fixture(Examples.variant("echeance-2030"));
        RuleProfile sixYears = RuleProfile.defaults().withParameter("maxYears", "6");
        assertTrue(f.validate(sixYears).of("CTG-DUR-02").isEmpty());
        RuleProfile back = sixYears.withoutParameter("maxYears");
        assertFalse(back.parameters().containsKey("maxYears"));
        assertEquals(1, f.validate(back).of("CTG-DUR-02").size(), "5 years at most again");
    }

    @Test
    void templateAndConventionParametersApply() throws Exception {
        Fixture f = new Fixture(Examples.variant("echeance-2030"));
        f.template.getRuleParameters().getEntries().stream().filter(p -> p.getKey().equals("maxYears"))
                .forEach(p -> p.setValue("6"));
        assertTrue(f.validate().of("CTG-DUR-02").isEmpty(), "the template allows 6 years");
        SeverityOverride override = TemplateFactory.eINSTANCE.createSeverityOverride();
        override.setRuleId("CTG-DUR-03");
        override.setSeverity(RuleSeverity.DISABLED);
        f.template.getRuleParameters().getSeverityOverrides().add(override);
        assertTrue(f.validate().of("CTG-DUR-03").isEmpty(), "the template disables CTG-DUR-03");
    }

    @Test
    void profileFileRoundTripsAndBadSeverityIsExplained() throws Exception {
        RuleProfile profile = RuleProfile.defaults().withName("Instruction Caf de l'Exemple")
                .withDisabled("CTG-IND-03", "CTG-GOV-02").withSeverity("CTG-TER-01", Severity.ERROR)
                .withParameter("maxYears", "6");
        Path file = temp.resolve("instruction.properties");
        profile.save(file);
        RuleProfile loaded = RuleProfile.load(file);
        assertEquals(profile.name(), loaded.name());
        assertEquals(profile.disabled(), loaded.disabled());
        assertEquals(profile.severities(), loaded.severities());
        assertEquals(profile.parameters(), loaded.parameters());

        Files.writeString(file, "severity.CTG-TER-01=GRAVE\n");
        IOException error = assertThrows(IOException.class, () -> RuleProfile.load(file));
        assertTrue(error.getMessage().contains("severity.CTG-TER-01=GRAVE n'est pas une gravité"), error.getMessage());
    }

    @Test
    void messagesAreFrenchByDefaultEnglishOnRequestAndNameTheElement() throws Exception {
        Fixture f = new Fixture(Examples.variant("fa06-sans-valeur-initiale"));
        Finding french = f.validate().of("CTG-IND-02").get(0);
        assertEquals("FA06-I1 – Professionnels formés : Valeur initiale et date de la valeur initiale non renseignées.",
                french.message(), "the element named once, by its label");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Finding english = f.validate().of("CTG-IND-02").get(0);
            assertEquals("FA06-I1 – Professionnels formés: Baseline value and baseline date not stated.",
                    english.message());
            assertTrue(f.validate().summary().matches("\\d+ errors?, \\d+ warnings?, \\d+ information( items)?"),
                    f.validate().summary());
            assertEquals("no error, 1 warning, 3 information items", new ValidationReport(List.of(finding(
                    Severity.WARNING), finding(Severity.INFO), finding(Severity.INFO), finding(Severity.INFO)))
                    .summary());
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("2 erreurs, aucun avertissement, 1 information", new ValidationReport(List.of(
                finding(Severity.ERROR), finding(Severity.ERROR), finding(Severity.INFO))).summary());
        assertTrue(french.path().endsWith("/ FA06 – Formation à l'accueil des enfants en situation de handicap "
                + "/ FA06-I1 – Professionnels formés"), french.path());
    }

    private static Finding finding(Severity severity) {
        return new Finding("CTG-TEST-01", severity, null, null, "", "", "", List.of(), "", List.of());
    }

    @Test
    void emfDiagnosticianRunsTheRulesOnceRegistered() throws Exception {
        CtgEValidator.register();
        Fixture f = new Fixture(Examples.variant("sans-caf"));
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(f.ctg);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(diagnostic.getChildren().stream().anyMatch(d -> CtgEValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())
                && d.getMessage().endsWith("La Caf doit être signataire de la convention.")), diagnostic.toString());
    }
}
