package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 7 in the workbench: saving over a file that another program changed on disk (without the workspace
 * knowing) asks first, in French; "Annuler" keeps the other version and the edits, "Remplacer" saves.
 */
class SaveOverChangesTest {

    private static final String TITLE = "title=\"CTG du Val d'Exemple 2025-2029\"";

    private IWorkbenchPage page;
    private IFile convention;
    private Path onDisk;

    @BeforeEach
    void importExample() throws Exception {
        convention = UiTests.importExampleProject().getFile(Examples.CONVENTION);
        onDisk = convention.getLocation().toFile().toPath();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    /** Opens the convention, retitles it in the editor, and changes the file behind the workspace's back. */
    private ModelEditor editedHereAndThere() throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, convention, true);
        UiTests.processEvents();
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.root(),
                CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE, "Titre de l'éditeur"));
        assertTrue(editor.isDirty());
        Files.writeString(onDisk, Files.readString(onDisk).replace(TITLE, "title=\"Titre d'un autre programme\""));
        return editor;
    }

    /** Presses {@code button} in the question once it is open (it blocks the save that opens it). */
    private static AtomicBoolean answer(String button) {
        AtomicBoolean asked = new AtomicBoolean();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if ("Fichier modifié sur le disque".equals(shell.getText())) {
                        asked.set(true);
                        Button choice = UiTests.find(shell, Button.class, b -> b.getText().replace("&", "")
                                .equals(button));
                        choice.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        });
        return asked;
    }

    /** Edits here and there, saves, and answers the question with {@code button}. */
    private ModelEditor saveAnswering(String button) throws Exception {
        ModelEditor editor = editedHereAndThere();
        AtomicBoolean asked = answer(button);
        editor.doSave(new NullProgressMonitor());
        assertTrue(asked.get(), "the save did not ask");
        return editor;
    }

    @Test
    void cancellingKeepsTheOtherVersionAndTheEdits() throws Exception {
        ModelEditor editor = saveAnswering("Annuler");
        assertTrue(Files.readString(onDisk).contains("Titre d'un autre programme"), "the other version was replaced");
        assertTrue(editor.isDirty(), "the edits are still to save");
    }

    @Test
    void replacingSavesTheEditorsVersion() throws Exception {
        ModelEditor editor = saveAnswering("Remplacer");
        String saved = Files.readString(onDisk, StandardCharsets.UTF_8);
        assertTrue(saved.contains("Titre de l'éditeur"), "the editor's version was not saved");
        assertFalse(saved.contains("Titre d'un autre programme"));
        assertFalse(editor.isDirty());
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.root(),
                CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE, "Encore"));
        editor.doSave(new NullProgressMonitor()); // its own save is no change on disk: no question
        assertFalse(editor.isDirty());
    }
}
