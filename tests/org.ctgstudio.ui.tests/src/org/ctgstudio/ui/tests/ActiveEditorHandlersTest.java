package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.diagram.ui.internal.DiagramEditor;
import org.ctgstudio.diagram.ui.internal.RepresentationFiles;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

/**
 * The workbench shares one set of action bars among the editors of one kind: Annuler (Ctrl+Z, the Édition menu)
 * must be that of the editor in front, whichever of two conventions or two diagrams was opened last.
 */
class ActiveEditorHandlersTest extends WithExampleProject {

    @Test
    void undoIsTheActiveConventionEditorsEvenWhenAnotherWasOpenedLast() throws Exception {
        ModelEditor first = RepresentationFiles.modelEditor(page, project.getFile(Examples.CONVENTION));
        ModelEditor last = RepresentationFiles.modelEditor(page, project.getFile(Examples.PREDECESSOR));
        undoesItsOwnModel(first, first, last);
        undoesItsOwnModel(last, first, last);
    }

    @Test
    void undoIsTheActiveDiagramsEvenWhenAnotherWasOpenedLast() throws Exception {
        UiTests.requireBrowser();
        DiagramEditor first = (DiagramEditor) RepresentationFiles.create(page, project.getFile(Examples.CONVENTION),
                DiagramUi.registry().get("gouvernance"));
        DiagramEditor last = (DiagramEditor) RepresentationFiles.create(page, project.getFile(Examples.PREDECESSOR),
                DiagramUi.registry().get("gouvernance"));
        undoesItsOwnModel(first, first.modelEditor(), last.modelEditor());
        undoesItsOwnModel(last, first.modelEditor(), last.modelEditor());
    }

    /** Both models get a new title; with {@code active} in front, Annuler undoes its model's only. */
    private void undoesItsOwnModel(IEditorPart active, ModelEditor one, ModelEditor other) {
        String[] titles = {title(one), title(other)};
        retitle(one);
        retitle(other);
        page.activate(active);
        UiTests.processEvents();
        var undo = page.getActiveEditor().getEditorSite().getActionBars()
                .getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertTrue(undo != null && undo.isEnabled(), "no Annuler for the editor in front");
        undo.run();
        ModelEditor activeModel = active instanceof DiagramEditor diagram ? diagram.modelEditor() : (ModelEditor) active;
        ModelEditor idle = activeModel == one ? other : one;
        assertEquals(activeModel == one ? titles[0] : titles[1], title(activeModel),
                "Annuler did not undo the active editor's model");
        assertEquals("Titre provisoire", title(idle), "Annuler undid the other editor's model");
        idle.domain().getCommandStack().undo();
    }

    private static void retitle(ModelEditor editor) {
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.root(),
                CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE, "Titre provisoire"));
    }

    private static String title(ModelEditor editor) {
        return ((GlobalTerritorialAgreement) editor.root()).getTitle();
    }
}
