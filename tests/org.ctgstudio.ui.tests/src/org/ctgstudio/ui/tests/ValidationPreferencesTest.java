package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.preferences.ValidationPreferencePage;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.Severity;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The validation preferences change what validation reports in the workbench, and survive as a profile. */
class ValidationPreferencesTest {

    @AfterEach
    void resetProfile() {
        WorkbenchValidation.setProfile(RuleProfile.defaults());
    }

    @Test
    void preferencePageSetsTheWorkbenchProfile() throws Exception {
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        ValidationPreferencePage page = new ValidationPreferencePage();
        page.init(PlatformUI.getWorkbench());
        page.createControl(shell);
        page.setSeverity("CTG-DUR-03", null);
        page.setSeverity("CTG-TER-01", Severity.ERROR);
        page.setParameter("maxYears", "6");
        assertTrue(page.performOk());
        shell.dispose();

        RuleProfile profile = WorkbenchValidation.profile();
        assertTrue(profile.disabled().contains("CTG-DUR-03"));
        assertEquals(Severity.ERROR, profile.severities().get("CTG-TER-01"));
        assertEquals("6", profile.parameters().get("maxYears"));

        GlobalTerritorialAgreement sixYears = (GlobalTerritorialAgreement) ModelFiles
                .load(ModelFiles.newResourceSet(), Examples.variant("echeance-2030")).root();
        assertTrue(CtgValidator.validate(java.util.List.of(sixYears), profile).of("CTG-DUR-02").isEmpty(),
                "6 years are allowed by the workbench profile");
        assertTrue(CtgValidator.validate(java.util.List.of(sixYears), profile).of("CTG-DUR-03").isEmpty());
    }
}
