package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.emf.ItemPropertySourceProvider;
import org.ctgstudio.ui.emf.TreeDragAndDrop;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A drafting team's session: open the convention, edit it in the tree and the Properties view, fix a problem. */
class ConventionEditorTest {

    private IWorkbenchPage page;
    private IFile convention;

    @BeforeEach
    void importExample() throws Exception {
        convention = UiTests.importExampleProject().getFile(Examples.CONVENTION);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    private ModelEditor open() throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, convention, true);
        UiTests.processEvents();
        return editor;
    }

    private static IAction global(ModelEditor editor, ActionFactory action) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
    }

    @Test
    void editUndoRedoSaveAndReopen() throws Exception {
        ModelEditor editor = open();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.root();
        assertEquals("CTG du Val d'Exemple 2025-2029", ctg.getTitle());
        assertTrue(((Tree) UiTests.page(editor, "tree")).getItemCount() > 0, "the tree shows the convention");

        // In the tree: delete the fiche action FA12, undo, redo, undo.
        Action fa12 = ctg.getActions().get(11);
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(fa12));
        UiTests.processEvents();
        global(editor, ActionFactory.DELETE).run();
        assertEquals(11, ctg.getActions().size());
        assertTrue(editor.isDirty());
        global(editor, ActionFactory.UNDO).run();
        assertEquals(12, ctg.getActions().size());
        global(editor, ActionFactory.REDO).run();
        assertEquals(11, ctg.getActions().size());
        global(editor, ActionFactory.UNDO).run();
        assertEquals(fa12, ctg.getActions().get(11));

        // In the Properties view: the title, with undo and redo.
        page.showView(IPageLayout.ID_PROP_SHEET);
        editor.select(ctg);
        UiTests.processEvents();
        IPropertySource properties = new ItemPropertySourceProvider(editor.domain().getAdapterFactory())
                .getPropertySource(ctg);
        properties.setPropertyValue("title", "CTG du Val d'Exemple 2025-2029 (révisée)");
        assertEquals("CTG du Val d'Exemple 2025-2029 (révisée)", ctg.getTitle());
        global(editor, ActionFactory.UNDO).run();
        assertEquals("CTG du Val d'Exemple 2025-2029", ctg.getTitle());
        global(editor, ActionFactory.REDO).run();
        assertEquals("CTG du Val d'Exemple 2025-2029 (révisée)", ctg.getTitle());

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);

        ModelEditor reopened = open();
        GlobalTerritorialAgreement again = (GlobalTerritorialAgreement) reopened.root();
        assertEquals("CTG du Val d'Exemple 2025-2029 (révisée)", again.getTitle());
        assertEquals(12, again.getActions().size());
    }

    @Test
    void brokenRuleShowsAFrenchMarkerThatAQuickFixRemoves() throws Exception {
        ModelEditor editor = open();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.root();
        IPropertySource diagnosis = new ItemPropertySourceProvider(editor.domain().getAdapterFactory())
                .getPropertySource(ctg.getDiagnosis());
        diagnosis.setPropertyValue("cafCoFunding", new BigDecimal("9000"));
        editor.doSave(new NullProgressMonitor());
        UiTests.processEvents();

        IMarker marker = marker("CTG-DIA-03");
        assertNotNull(marker, "no marker for the diagnosis co-funding above the cap");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.matches(".*Cofinancement Caf du diagnostic \\(9.000 €\\) supérieur au plafond de "
                + "7.500 €\\."), message);
        assertTrue(message.startsWith("Diagnostic partagé : "), "the message names the element: " + message);

        // Double-click in the Problems view: the editor selects the diagnosis.
        IDE.openEditor(page, marker);
        UiTests.processEvents();
        assertEquals(ctg.getDiagnosis(),
                ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, fixes.length, Arrays.toString(fixes));
        assertEquals("Ramener le cofinancement Caf du diagnostic au plafond", fixes[0].getLabel());
        fixes[0].run(marker);
        UiTests.processEvents();
        assertEquals(0, new BigDecimal("7500").compareTo(ctg.getDiagnosis().getCafCoFunding()));
        assertEquals(null, marker("CTG-DIA-03"), "the marker is gone once fixed");
        global(editor, ActionFactory.UNDO).run();
        assertEquals(0, new BigDecimal("9000").compareTo(ctg.getDiagnosis().getCafCoFunding()), "the fix undoes");
    }

    @Test
    void renameInTheTreeWithF2() throws Exception {
        ModelEditor editor = open();
        Action fa01 = ((GlobalTerritorialAgreement) editor.root()).getActions().get(0);
        Tree tree = (Tree) UiTests.page(editor, "tree");
        UiTests.select(tree, fa01);
        Event f2 = new Event();
        f2.keyCode = SWT.F2;
        tree.notifyListeners(SWT.KeyDown, f2);
        UiTests.processEvents();
        Control focus = Display.getCurrent().getFocusControl();
        assertTrue(focus instanceof Text && focus.getParent() == tree, "F2 editing did not start: " + focus);
        Text field = (Text) focus;
        field.setText("Extension du multi-accueil (phase 2)");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        UiTests.processEvents();
        assertEquals("Extension du multi-accueil (phase 2)", fa01.getTitle());
        global(editor, ActionFactory.UNDO).run();
        assertEquals("Extension du multi-accueil « Les Petits Pas »", fa01.getTitle());
    }

    @Test
    void dragAndDropMovesReordersAndRefusesCycles() throws Exception {
        ModelEditor editor = open();
        Control tree = UiTests.page(editor, "tree");
        assertNotNull(tree.getData(DND.DRAG_SOURCE_KEY), "the tree is not a drag source");
        assertNotNull(tree.getData(DND.DROP_TARGET_KEY), "the tree is not a drop target");
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.root();
        EditingDomain domain = editor.domain();
        StrategicAxis axis1 = ctg.getAxes().get(0);
        StrategicAxis axis2 = ctg.getAxes().get(1);
        Objective o12 = axis1.getObjectives().get(1);

        // An objective dropped on another axis moves there; undo puts it back.
        Command move = TreeDragAndDrop.command(domain, axis2, ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE,
                List.of(o12));
        assertTrue(move.canExecute());
        domain.getCommandStack().execute(move);
        assertEquals(axis2, o12.eContainer());
        assertTrue(editor.isDirty());
        domain.getCommandStack().undo();
        assertEquals(axis1, o12.eContainer());
        assertEquals(1, axis1.getObjectives().indexOf(o12));

        // A fiche action dropped before the first one takes its place.
        Action third = ctg.getActions().get(2);
        Command reorder = TreeDragAndDrop.command(domain, ctg.getActions().get(0), ViewerDropAdapter.LOCATION_BEFORE,
                DND.DROP_MOVE, List.of(third));
        assertTrue(reorder.canExecute());
        domain.getCommandStack().execute(reorder);
        assertEquals(0, ctg.getActions().indexOf(third));

        // An axis cannot go into its own objective, nor an objective under a fiche action.
        assertFalse(TreeDragAndDrop.command(domain, axis1.getObjectives().get(0), ViewerDropAdapter.LOCATION_ON,
                DND.DROP_MOVE, List.of(axis1)).canExecute());
        assertFalse(TreeDragAndDrop.command(domain, third, ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE,
                List.of(o12)).canExecute());

        // Ctrl+drop copies: the original stays where it was.
        int objectives = axis2.getObjectives().size();
        Command copy = TreeDragAndDrop.command(domain, axis2, ViewerDropAdapter.LOCATION_ON, DND.DROP_COPY,
                List.of(o12));
        assertTrue(copy.canExecute());
        domain.getCommandStack().execute(copy);
        assertEquals(objectives + 1, axis2.getObjectives().size());
        assertEquals(axis1, o12.eContainer());
        assertEquals(o12.getCode(), axis2.getObjectives().get(objectives).getCode());
    }

    @Test
    void changeOnDiskReloadsAnUnmodifiedEditor() throws Exception {
        ModelEditor editor = open();
        String text = new String(convention.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        convention.setContents(new java.io.ByteArrayInputStream(text.replace("title=\"CTG du Val d'Exemple 2025-2029\"",
                "title=\"CTG du Val d'Exemple 2025-2029 (version du disque)\"").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), IResource.FORCE, null);
        UiTests.processEvents();
        assertEquals("CTG du Val d'Exemple 2025-2029 (version du disque)",
                ((GlobalTerritorialAgreement) editor.root()).getTitle());
        assertFalse(editor.isDirty());
    }

    @Test
    void validateCommandRestoresTheMarkersAndShowsProblems() throws Exception {
        open();
        assertTrue(convention.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO).length > 0,
                "the example convention has warnings");
        convention.deleteMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO);
        page.showView(IPageLayout.ID_OUTLINE);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.ctgstudio.ui.validate", null);
        UiTests.processEvents();
        assertTrue(convention.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO).length > 0,
                "Ctrl+Alt+V did not validate the models of the editor");
        assertEquals(IPageLayout.ID_PROBLEM_VIEW, page.getActivePart().getSite().getId());
    }

    @Test
    void showPageCommandBringsTheNamedPage() throws Exception {
        ModelEditor editor = open();
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(commands.deserialize("org.ctgstudio.ui.showEditorPage(page=plan)"), null);
        assertEquals("plan", UiTests.activePage());
        handlers.executeCommand(commands.deserialize("org.ctgstudio.ui.showEditorPage(page=summary)"), null);
        assertEquals("summary", UiTests.activePage());
        assertThrows(ExecutionException.class, () -> handlers.executeCommand(
                commands.deserialize("org.ctgstudio.ui.showEditorPage(page=coverage)"), null),
                "a convention has no coverage page");
        assertEquals("summary", UiTests.activePage());
    }

    private IMarker marker(String rule) throws Exception {
        List<IMarker> markers = List.of(convention.findMarkers(WorkbenchValidation.MARKER, true,
                IResource.DEPTH_ZERO));
        return markers.stream().filter(m -> rule.equals(m.getAttribute(WorkbenchValidation.RULE_ID, null)))
                .findFirst().orElse(null);
    }
}
