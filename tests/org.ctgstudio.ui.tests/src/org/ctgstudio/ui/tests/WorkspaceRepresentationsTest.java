package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.ui.internal.DiagramEditor;
import org.ctgstudio.diagram.ui.internal.ExportDiagramWizard;
import org.ctgstudio.diagram.ui.internal.RepresentationFiles;
import org.ctgstudio.diagram.ui.internal.RepresentationsLabels;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Representation files in the workspace: renamed or deleted in the Project Explorer (the Explorer's actions move or
 * delete the file) while their diagram is open, and exported as pictures by « Fichier > Exporter ».
 */
class WorkspaceRepresentationsTest extends WithExampleProject {

    private static final String PLAN = "ctg-val-d-exemple-2025-2029.plan-actions.ctgr";

    @BeforeEach
    void requireBrowser() {
        UiTests.requireBrowser();
    }

    /** Any new name (not only one that starts with the model's): the file's content says which model it draws. */
    @Test
    void aRenamedRepresentationStaysUnderItsModelAndItsOpenDiagramFollows() throws Exception {
        IFile model = project.getFile(Examples.CONVENTION);
        IFile plan = project.getFile(PLAN);
        DiagramEditor editor = (DiagramEditor) RepresentationFiles.open(page, plan);
        IFile renamed = project.getFile("Plan pour le COPIL.ctgr");
        plan.move(renamed.getFullPath(), true, null);
        assertTrue(DiagramPage.waitUntil(10, () -> renamed.equals(file(editor))),
                "the open diagram does not follow its file: " + file(editor));
        assertTrue(RepresentationFiles.of(model).contains(renamed),
                "the renamed representation is no longer under its model: " + RepresentationFiles.of(model));
        assertEquals(model, RepresentationFiles.modelByName(renamed));
        RepresentationsLabels labels = new RepresentationsLabels();
        try {
            assertEquals("Plan d'actions (Plan pour le COPIL.ctgr)", labels.getText(renamed),
                    "the description's label is lost with the file name");
        } finally {
            labels.dispose();
        }

        ModelEditor modelEditor = editor.modelEditor();
        Action action = ((org.ctgstudio.model.GlobalTerritorialAgreement) modelEditor.root()).getActions().get(0);
        modelEditor.domain().getCommandStack().execute(SetCommand.create(modelEditor.domain(), action,
                PlanPackage.Literals.ACTION__TITLE, "Titre après renommage"));
        editor.doSave(null);
        assertFalse(plan.exists() || Files.exists(Path.of(project.getLocation().toFile().getPath(), PLAN)),
                "the save wrote the representation under its old name again");
        assertTrue(renamed.exists(), "the renamed representation was not written");
        assertTrue(Files.readString(Path.of(renamed.getLocationURI())).contains("descriptionId=\"plan-actions\""));
        page.closeEditor(editor, false);
        DiagramEditor reopened = (DiagramEditor) RepresentationFiles.open(page, renamed);
        DiagramPage drawn = new DiagramPage(reopened.browser());
        assertTrue(DiagramPage.waitUntil(60, () -> drawn.nodeTexts().contains("Titre après renommage")),
                "the renamed representation does not reopen on its model: " + drawn.nodeTexts());
    }

    @Test
    void aDeletedRepresentationClosesItsDiagramAndIsNotWrittenAgain() throws Exception {
        IFile plan = project.getFile(PLAN);
        DiagramEditor editor = (DiagramEditor) RepresentationFiles.open(page, plan);
        ModelEditor modelEditor = editor.modelEditor();
        // A change of the diagram's own (« Calques > Indicateurs » unticked), which its closing or a save would write.
        modelEditor.domain().getCommandStack().execute(RemoveCommand.create(modelEditor.domain(),
                editor.document().representation(), RepresentationPackage.Literals.REPRESENTATION__ACTIVE_LAYERS,
                "plan-indicators"));
        plan.delete(true, null);
        modelEditor.doSave(null); // before the diagram has closed (its closing waits for the event loop)
        assertFalse(Files.exists(Path.of(project.getLocation().toFile().getPath(), PLAN)),
                "a save right after the deletion wrote the representation again");
        assertTrue(DiagramPage.waitUntil(10, () -> Stream.of(page.getEditorReferences())
                .noneMatch(r -> r.getEditor(false) instanceof DiagramEditor)), "the deleted diagram stays open");
        assertNotNull(page.findEditor(new FileEditorInput(project.getFile(Examples.CONVENTION))),
                "the model editor closed with the diagram");
        Action action = ((org.ctgstudio.model.GlobalTerritorialAgreement) modelEditor.root()).getActions().get(0);
        modelEditor.domain().getCommandStack().execute(SetCommand.create(modelEditor.domain(), action,
                PlanPackage.Literals.ACTION__TITLE, "Titre après suppression"));
        modelEditor.doSave(null);
        UiTests.processEvents();
        assertFalse(Files.exists(Path.of(project.getLocation().toFile().getPath(), PLAN)),
                "the model's save wrote the deleted representation again");
    }

    @Test
    void fileExportWritesTheSelectedRepresentationAsSvgOrPng(@TempDir Path folder) throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("org.ctgstudio.diagram.ui.exportDiagram");
        assertNotNull(descriptor, "no export wizard for representations");
        assertEquals("Image d'une représentation (SVG, PNG)", descriptor.getLabel());
        IFile plan = project.getFile(PLAN);
        exportsClosedRepresentations(descriptor, plan, folder);

        // The model open with an unsaved change, the diagram closed: the picture has the change, and the model
        // editor's resource set is as it was (the representation read for the picture only).
        ModelEditor modelEditor = RepresentationFiles.modelEditor(page, project.getFile(Examples.CONVENTION));
        Action action = ((org.ctgstudio.model.GlobalTerritorialAgreement) modelEditor.root()).getActions().get(0);
        modelEditor.domain().getCommandStack().execute(SetCommand.create(modelEditor.domain(), action,
                PlanPackage.Literals.ACTION__TITLE, "Titre non enregistré"));
        int resources = modelEditor.domain().getResourceSet().getResources().size();
        assertTrue(svgText(export(descriptor, plan, folder.resolve("non-enregistre.svg"))).contains("Titre non enregistré"),
                "the picture is not the model as the workbench has it");
        assertEquals(resources, modelEditor.domain().getResourceSet().getResources().size(),
                "the export left the representation in the model editor's resource set");

        // The diagram open: as it is now (a layer switched off, not saved).
        DiagramEditor diagram = (DiagramEditor) RepresentationFiles.open(page, plan);
        modelEditor.domain().getCommandStack().execute(RemoveCommand.create(modelEditor.domain(),
                diagram.document().representation(), RepresentationPackage.Literals.REPRESENTATION__ACTIVE_LAYERS,
                "plan-indicators"));
        String shown = svgText(export(descriptor, plan, folder.resolve("ouvert.svg")));
        assertTrue(shown.contains("Titre non enregistré") && !shown.contains("-I1"),
                "the picture is not the open diagram as it is now");
    }

    /** The wizard with the representation selected, a file name given: finishes and returns the file written. */
    private Path export(IWizardDescriptor descriptor, IFile plan, Path file) throws Exception {
        ExportDiagramWizard wizard = (ExportDiagramWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(plan));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            control(dialog, Text.class, "target").setText(file.toString());
            assertTrue(wizard.canFinish(), "cannot finish: " + dialog.getCurrentPage().getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        return file;
    }

    private static String svgText(Path svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement()
                .getTextContent();
    }

    private void exportsClosedRepresentations(IWizardDescriptor descriptor, IFile plan, Path folder)
            throws Exception {
        IWorkbenchWizard created = descriptor.createWizard();
        ExportDiagramWizard wizard = (ExportDiagramWizard) created;
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(plan));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Combo representation = control(dialog, Combo.class, "representation");
            assertTrue(representation.getText().startsWith("Plan d'actions — /"), representation.getText());
            Text target = control(dialog, Text.class, "target");
            target.setText(folder.resolve("nowhere").resolve("plan.svg").toString());
            assertFalse(wizard.canFinish(), "a folder that does not exist is accepted");
            assertTrue(String.valueOf(dialog.getCurrentPage().getErrorMessage()).contains("n'existe pas"),
                    dialog.getCurrentPage().getErrorMessage());
            target.setText(folder.resolve("plan.svg").toString());
            assertTrue(wizard.canFinish(), "cannot finish: " + dialog.getCurrentPage().getErrorMessage());
            assertTrue(wizard.performFinish());
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(folder.resolve("plan.svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getLocalName() == null
                    ? svg.getDocumentElement().getNodeName() : svg.getDocumentElement().getLocalName());
            assertTrue(svg.getDocumentElement().getTextContent().contains("FA0"), "no fiche action in the picture");

            Button png = control(dialog, Button.class, "png");
            png.setSelection(true);
            control(dialog, Button.class, "svg").setSelection(false);
            png.notifyListeners(SWT.Selection, null);
            assertEquals(folder.resolve("plan.png").toString(), target.getText(), "the extension follows the format");
            assertTrue(wizard.performFinish());
            byte[] bytes = Files.readAllBytes(folder.resolve("plan.png"));
            assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                    "not a PNG picture");
            int width = ((bytes[16] & 0xff) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8)
                    | (bytes[19] & 0xff);
            assertTrue(width > 200, "the PNG is " + width + " pixels wide");
        } finally {
            dialog.close();
        }
    }

    private static IFile file(DiagramEditor editor) {
        return ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile();
    }

    private static <T extends Control> T control(WizardDialog dialog, Class<T> type, String id) {
        T control = UiTests.find(dialog.getShell(), type, c -> ("ctg.exportDiagram." + id).equals(c.getData()));
        assertNotNull(control, "no control " + id);
        return control;
    }
}
