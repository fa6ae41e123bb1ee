package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.ui.internal.GenerateDocumentWizard;
import org.ctgstudio.docgen.ui.internal.GenerationJob;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fichier > Générer un document… in the running workbench: the wizard filled through its controls, the job, the
 * document in the project; unsaved changes said first; a broken template's problems shown with their place.
 */
class GenerateDocumentTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void cleanUp() throws Exception {
        // Validation after an edit runs later as a job: let it end before the project goes, lest it mark the next
        // test's project of the same name.
        UiTests.processEventsUntil(() -> Job.getJobManager().isIdle());
        UiTests.closeEditorsAndDeleteProjects();
    }

    private static <T extends Control> T control(WizardDialog dialog, Class<T> type, String id) {
        T control = UiTests.find(dialog.getShell(), type, c -> ("ctg.docgen." + id).equals(c.getData()));
        assertNotNull(control, "no control " + id);
        return control;
    }

    private static void select(Combo combo, Predicate<String> item) {
        int index = Arrays.asList(combo.getItems()).indexOf(Arrays.stream(combo.getItems()).filter(item).findFirst()
                .orElseThrow(() -> new AssertionError("no item in " + List.of(combo.getItems()))));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, null);
    }

    private WizardDialog open(GenerateDocumentWizard wizard) {
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** Finishes the wizard and waits for its job (and the UI work it posts). */
    private static GenerationJob finish(WizardDialog dialog, GenerateDocumentWizard wizard) throws Exception {
        assertTrue(wizard.canFinish(), "cannot finish: " + dialog.getCurrentPage().getErrorMessage());
        assertTrue(wizard.performFinish());
        dialog.close();
        GenerationJob job = wizard.job();
        // A first generation loads POI, XDocReport and FreeMarker: allow for a slow machine.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (job.getResult() == null && System.nanoTime() < deadline) {
            UiTests.processEvents();
            Thread.sleep(20);
        }
        assertNotNull(job.getResult(), "the job did not end");
        UiTests.processEvents();
        return job;
    }

    @Test
    void fileMenuOffersToGenerateADocument() {
        Menu bar = window.getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Fichier"))
                .findFirst().orElseThrow();
        file.getMenu().notifyListeners(SWT.Show, null); // lets the workbench fill the menu
        List<String> items = Arrays.stream(file.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
        file.getMenu().notifyListeners(SWT.Hide, null);
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Générer un document...")), items.toString());
    }

    @Test
    void generatesTheConventionFromTheDefaultWordTemplate() throws Exception {
        IProject project = UiTests.importExampleProject();
        IFile convention = project.getFile(Examples.CONVENTION);
        GenerateDocumentWizard wizard = new GenerateDocumentWizard(window, convention);
        WizardDialog dialog = open(wizard);
        assertEquals("/" + UiTests.PROJECT + "/" + Examples.CONVENTION, control(dialog, Text.class, "convention")
                .getText());
        select(control(dialog, Combo.class, "template"), item -> item.equals(DefaultTemplate.CONVENTION.label()
                + " \u2013 Word"));
        select(control(dialog, Combo.class, "format"), item -> item.equals("Word (DOCX)"));
        assertEquals("/" + UiTests.PROJECT + "/documents", control(dialog, Text.class, "folder").getText());
        assertEquals("ctg-val-d-exemple-2025-2029-convention.docx", control(dialog, Text.class, "fileName").getText());
        control(dialog, Button.class, "open").setSelection(false);

        GenerationJob job = finish(dialog, wizard);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.failure()));
        GenerationResult result = job.result();
        IFile document = project.getFolder("documents").getFile("ctg-val-d-exemple-2025-2029-convention.docx");
        assertTrue(document.exists(), "the document is in the project (refreshed)");
        assertEquals(document.getLocation().toFile().toPath(), result.output());
        assertFalse(result.draft(), "the example has no validation error");
    }

    @Test
    void unsavedChangesAreSaidAndTheSavedVersionIsGenerated() throws Exception {
        IProject project = UiTests.importExampleProject();
        IFile convention = project.getFile(Examples.CONVENTION);
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, convention, true);
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.root();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), ctg,
                CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE, "Titre pas encore enregistré"));
        assertTrue(editor.isDirty());

        GenerateDocumentWizard wizard = new GenerateDocumentWizard(window, convention);
        WizardDialog dialog = open(wizard);
        select(control(dialog, Combo.class, "template"), item -> item.contains("Classeur du plan d'actions"));
        String[] said = new String[1];
        answerDialog("Modifications non enregistrées", "Générer la version enregistrée", said);
        GenerationJob job = finish(dialog, wizard);
        assertTrue(said[0] != null && said[0].contains(Examples.CONVENTION), "the dialog names the convention");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.failure()));
        assertTrue(editor.isDirty(), "the editor was left as it was");
        assertTrue(project.getFolder("documents").getFile("ctg-val-d-exemple-2025-2029-plan-d-actions.xlsx").exists());
    }

    @Test
    void aBrokenTemplateShowsItsProblemsWithTheirPlace() throws Exception {
        IProject project = UiTests.importExampleProject();
        // The default Word template with one field cut in two, as Word leaves it after an edit.
        byte[] template = DefaultTemplate.CONVENTION.load(true).open().readAllBytes();
        byte[] broken = Zips.replace(template, "word/document.xml", "<w:t>${convention.intitule}</w:t>",
                "<w:t>${convention.</w:t></w:r><w:r><w:t>intitule}</w:t>");
        IFile file = project.getFolder("modeles").getFile("convention-coupee.docx");
        project.getFolder("modeles").create(true, true, null);
        file.create(new ByteArrayInputStream(broken), true, null);

        GenerateDocumentWizard wizard = new GenerateDocumentWizard(window, project.getFile(Examples.CONVENTION));
        WizardDialog dialog = open(wizard);
        select(control(dialog, Combo.class, "template"), item -> item.contains("convention-coupee.docx"));
        GenerationJob job = finish(dialog, wizard);
        // The error dialog shows this status (its details list the problems); JFace does not open it in automated
        // test runs (ErrorDialog.AUTOMATED_MODE), so the test reads the status itself.
        IStatus failure = job.failure();
        assertNotNull(failure);
        assertTrue(failure.getMessage().contains("convention-coupee.docx"), failure.getMessage());
        IStatus split = Arrays.stream(failure.getChildren()).filter(s -> s.getMessage().contains("coupé"))
                .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(failure.getChildren())));
        assertTrue(split.getMessage().contains("${convention.intitule}")
                && split.getMessage().contains("paragraphe « ${convention.intitule} »"), split.getMessage());
        assertFalse(project.getFolder("documents").exists() && project.getFolder("documents").members().length > 0,
                "nothing written");
    }

    /**
     * Answers the next dialog with this title by pressing the button with this label (as a user would), keeping its
     * message in {@code said[0]}.
     */
    private static void answerDialog(String title, String button, String[] said) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 30_000_000_000L;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
                    .findFirst().orElse(null);
            if (shell == null) {
                if (System.nanoTime() < deadline) {
                    display.timerExec(50, poll[0]);
                }
                return;
            }
            said[0] = String.join("\n", UiTests.all(shell, org.eclipse.swt.widgets.Label.class).stream()
                    .map(org.eclipse.swt.widgets.Label::getText).toList());
            Button answer = UiTests.find(shell, Button.class, b -> b.getText().replace("&", "").equals(button));
            answer.notifyListeners(SWT.Selection, null);
        };
        display.timerExec(50, poll[0]);
    }
}
