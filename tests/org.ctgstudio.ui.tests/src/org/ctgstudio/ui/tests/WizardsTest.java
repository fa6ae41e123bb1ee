package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.wizards.NewConventionWizard;
import org.ctgstudio.ui.internal.wizards.NewProjectWizard;
import org.ctgstudio.ui.internal.wizards.NewTemplateWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New wizards, filled as a user would: a project with the example, a convention from its template. */
class WizardsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void cleanUp() throws Exception {
        page.closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, new NullProgressMonitor());
        }
    }

    /** Opens the wizard's dialog without blocking, lets the test fill it, then finishes it. */
    private static WizardDialog dialog(BasicNewResourceWizard wizard, Object selected) {
        wizard.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY
                : new StructuredSelection(selected));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static void finish(WizardDialog dialog, IWizard wizard) {
        assertTrue(wizard.canFinish(), "the wizard cannot finish: " + dialog.getCurrentPage().getErrorMessage());
        assertTrue(wizard.performFinish());
        dialog.close();
    }

    private static IProject projectWithExample(String name) {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.setInitialProjectName(name);
        WizardDialog dialog = dialog(wizard, null);
        assertTrue(wizard.page().withExample(), "the example is proposed by default");
        finish(dialog, wizard);
        return ResourcesPlugin.getWorkspace().getRoot().getProject(name);
    }

    @Test
    void projectWizardCreatesTheProjectWithTheExample() {
        IProject project = projectWithExample("CTG Val d'Exemple");
        assertTrue(project.isOpen());
        for (String name : List.of(Examples.CONVENTION, Examples.TEMPLATE, Examples.REFERENCE_DATA,
                Examples.DEPLOYMENT, Examples.PREDECESSOR)) {
            assertTrue(project.getFile(name).exists(), name + " missing");
        }
    }

    @Test
    void projectWizardSpeaksFrenchDownToThePlatformParts() {
        WizardDialog dialog = dialog(new NewProjectWizard(), null);
        try {
            List<String> buttons = UiTests.all(dialog.getShell(), Button.class).stream().map(Button::getText)
                    .map(text -> text.replace("&", "")).toList();
            assertTrue(buttons.containsAll(List.of("Terminer", "Annuler", "Parcourir...",
                    "Utiliser l'emplacement par défaut")), buttons.toString());
            List<String> labels = UiTests.all(dialog.getShell(), Label.class).stream().map(Label::getText)
                    .map(text -> text.replace("&", "")).toList();
            assertTrue(labels.containsAll(List.of("Nom du projet :", "Emplacement :")), labels.toString());
        } finally {
            dialog.close();
        }
    }

    @Test
    void conventionWizardInstantiatesTheTemplateAndOpensTheConvention() throws Exception {
        IProject project = projectWithExample("Nouvelle-CTG");
        NewConventionWizard wizard = new NewConventionWizard();
        WizardDialog dialog = dialog(wizard, project);
        wizard.page().choose(0, 0, "01/01/2030", "31/12/2034");
        finish(dialog, wizard);

        IFile file = project.getFile("ctg-communaute-de-communes-du-val-d-exemple-2030-2034.ctg");
        assertTrue(file.exists(), "convention file not created");
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.root();
        assertEquals("CTG Communauté de communes du Val d'Exemple 2030-2034", ctg.getTitle());
        assertEquals("MODELE-CTG-CAF00", ctg.getTemplate().getCode());
        assertEquals(ctg.getTemplate().getArticleTemplates().size(), ctg.getArticles().size());
        assertEquals(14, ctg.getParties().size(), "the Caf, the EPCI and its 12 communes sign by default");
        assertEquals(5, ctg.getDurationYears());
        assertFalse(editor.isDirty(), "the new convention is saved");
    }

    @Test
    void conventionWizardExplainsWhatIsMissing() {
        IProject project = projectWithExample("Sans-modele");
        project.getFile(Examples.TEMPLATE).getLocation().toFile().delete();
        try {
            project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
        NewConventionWizard wizard = new NewConventionWizard();
        WizardDialog dialog = dialog(wizard, project);
        assertFalse(wizard.canFinish());
        assertEquals("Ce projet ne contient aucun modèle de convention (.ctgt) : créez-en ou importez-en un d'abord.",
                dialog.getCurrentPage().getErrorMessage());
        dialog.close();
    }

    @Test
    void templateWizardCreatesADraftTemplate() {
        IProject project = projectWithExample("Modeles");
        NewTemplateWizard wizard = new NewTemplateWizard();
        WizardDialog dialog = dialog(wizard, project);
        finish(dialog, wizard);
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        ConventionTemplate template = (ConventionTemplate) editor.root();
        assertEquals(TemplateStatus.DRAFT, template.getStatus());
        assertEquals(3, template.getMandatoryThemes().size());
        assertTrue(project.getFile("modele-convention.ctgt").exists());
    }
}
