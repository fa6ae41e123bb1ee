package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.diagram.ui.internal.DiagramEditor;
import org.ctgstudio.diagram.ui.internal.RepresentationFiles;
import org.ctgstudio.diagram.ui.internal.StartedPages;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the running workbench, driven with real clicks and keys: the example's Plan d'actions
 * opened from the Project Explorer under its model, the palette, Ctrl+Z, a node's element in the Properties view,
 * problem decorations, Ctrl+S with the focus in the diagram, a description contributed by a plugin (this bundle).
 * Screenshots of the screen go to target/diagram-*.png.
 */
class DiagramEditorTest extends WithExampleProject {

    private static final String PLAN = "ctg-val-d-exemple-2025-2029.plan-actions.ctgr";

    @BeforeEach
    void browserInAMaximizedWindow() {
        UiTests.requireBrowser();
        page.getWorkbenchWindow().getShell().setMaximized(true);
    }

    @Test
    void planOpensFromTheProjectExplorerUnderItsModelAndDrawsTheNodes() throws Exception {
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        TreeViewer viewer = explorer.getCommonViewer();
        IFile model = project.getFile(Examples.CONVENTION);
        IFile plan = project.getFile(PLAN);
        viewer.expandToLevel(project, 1);
        viewer.expandToLevel(model, 1);
        UiTests.processEvents();
        TreeItem projectItem = item(viewer.getTree().getItems(), UiTests.PROJECT);
        assertNotNull(projectItem, "the project is not in the Project Explorer");
        TreeItem modelItem = item(projectItem.getItems(), Examples.CONVENTION);
        assertNotNull(modelItem, "the model file is not in the Project Explorer");
        TreeItem planItem = item(modelItem.getItems(), "Plan d'actions");
        assertNotNull(planItem, "the Plan d'actions is not under its model: "
                + Stream.of(modelItem.getItems()).map(TreeItem::getText).toList());
        assertEquals(plan, planItem.getData());
        assertTrue(Stream.of(projectItem.getItems()).noneMatch(i -> i.getText().contains(".ctgr")),
                "the representation is also shown beside its model");

        viewer.getTree().setSelection(planItem);
        viewer.getTree().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
        DiagramPage diagram = new DiagramPage(editor.browser());
        assertTrue(DiagramPage.waitUntil(60, () -> diagram.count(DiagramPage.NODES) > 10),
                "no nodes drawn: " + diagram.count(DiagramPage.NODES));
        String texts = diagram.nodeTexts();
        assertTrue(texts.contains("FA0") && texts.contains("Axe 1"), texts);
        assertNotNull(page.findEditor(new org.eclipse.ui.part.FileEditorInput(model)),
                "the model editor (the model's session) is not open");
        screenshot("diagram-plan-actions.png");
    }

    /**
     * The editor takes the page the workbench started ahead (script, websocket and GLSP session done), names its
     * diagram there, and another page is started for the next opening; keys typed in the moved page still reach it
     * and the workbench (Ctrl+Z undoes a fiche created in it).
     */
    @Test
    void aDiagramOpensInThePageStartedAheadAndTheNextOneIsStarted() throws Exception {
        StartedPages.prepare(page.getWorkbenchWindow().getShell());
        Browser started = StartedPages.ready();
        assertNotNull(started, "no page started ahead");
        assertTrue(DiagramPage.waitUntil(60, () -> "true".equals(started.evaluate(
                "return document.body.dataset.ctgStarted || '';"))), "the page started ahead did not start");
        DiagramEditor editor = openPlan();
        assertSame(started, editor.browser(), "the editor did not take the page started ahead");
        DiagramPage diagram = new DiagramPage(editor.browser());
        String texts = diagram.nodeTexts();
        assertTrue(texts.contains("FA0") && texts.contains("Axe 1"), texts);
        // Opened for the editor's size, not for the page's former place.
        assertEquals(editor.browser().getSize().x, ((Number) editor.browser().evaluate(
                "return window.innerWidth;")).intValue(), 2.0, "the page does not have the editor's width");
        assertEquals("scale(1)", ((String) editor.browser().evaluate(
                "return document.querySelector('#sprotty svg > g').getAttribute('transform');")).split(" ")[0],
                "the example opens at 100 % in this editor (too large to be read whole)");
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.modelEditor().root();
        int actions = ctg.getActions().size();
        diagram.click(diagram.centre(DiagramPage.paletteItem("Fiche action")));
        diagram.click(diagram.emptySpot());
        assertTrue(DiagramPage.waitUntil(20, () -> ctg.getActions().size() == actions + 1), "no fiche created");
        diagram.click(diagram.emptySpot());
        diagram.key(SWT.CTRL, 'z');
        assertTrue(DiagramPage.waitUntil(20, () -> ctg.getActions().size() == actions),
                "Ctrl+Z typed in the moved page did not undo");
        assertTrue(DiagramPage.waitUntil(30, () -> StartedPages.ready() != null && StartedPages.ready() != started),
                "no page started for the next diagram");
        screenshot("diagram-started-page.png");
    }

    /** Without a page ready, the editor loads its diagram's own address. */
    @Test
    void withoutAPageReadyTheDiagramOpensInANewPage() throws Exception {
        StartedPages.discard();
        DiagramEditor editor = openPlan();
        assertTrue(editor.browser().getUrl().contains("diagram="), editor.browser().getUrl());
        assertTrue(new DiagramPage(editor.browser()).nodeTexts().contains("Axe 1"));
    }

    @Test
    void paletteCreatesAFicheShownInTheTreeAndCtrlZUndoesItInBoth() throws Exception {
        DiagramEditor editor = openPlan();
        DiagramPage diagram = new DiagramPage(editor.browser());
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) editor.modelEditor().root();
        int actions = ctg.getActions().size();

        diagram.click(diagram.centre(DiagramPage.paletteItem("Fiche action")));
        Point spot = diagram.emptySpot();
        assertNotNull(spot, "no empty place in the diagram");
        diagram.click(spot);
        assertTrue(DiagramPage.waitUntil(20, () -> ctg.getActions().size() == actions + 1),
                "no fiche action created from the palette");
        assertEquals("Nouvelle fiche action", ctg.getActions().get(actions).getTitle());
        assertTrue(DiagramPage.waitUntil(20, () -> diagram.nodeTexts().contains("Nouvelle fiche action")),
                diagram.nodeTexts());
        TreeViewer tree = treeOf(editor.modelEditor());
        tree.expandAll();
        assertTrue(text(tree.getTree().getItems()).contains("Nouvelle fiche action"),
                "the tree editor does not show the new fiche");
        assertTrue(editor.isDirty() && editor.modelEditor().isDirty(), "one dirty state");
        screenshot("diagram-created.png");

        diagram.click(diagram.emptySpot()); // the focus in the diagram
        diagram.key(SWT.CTRL, 'z');
        assertTrue(DiagramPage.waitUntil(20, () -> ctg.getActions().size() == actions), "Ctrl+Z did not undo");
        assertTrue(DiagramPage.waitUntil(20, () -> !diagram.nodeTexts().contains("Nouvelle fiche action")),
                "the undone fiche is still drawn");
        tree.refresh();
        assertFalse(text(tree.getTree().getItems()).contains("Nouvelle fiche action"),
                "the undone fiche is still in the tree");
    }

    @Test
    void selectingANodeShowsItsElementInFrenchInTheProperties() throws Exception {
        DiagramEditor editor = openPlan();
        PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        DiagramPage diagram = new DiagramPage(editor.browser());
        Point node = diagram.centre(DiagramPage.node("FA0"));
        assertNotNull(node, "no fiche action visible: " + diagram.nodeTexts());
        diagram.click(node);
        assertTrue(DiagramPage.waitUntil(20, () -> first(editor) instanceof Action),
                "the editor's selection is not the node's fiche action: " + first(editor));
        Action action = (Action) first(editor);
        DiagramPage.drain(500);
        TabbedPropertySheetPage properties = (TabbedPropertySheetPage) view.getCurrentPage();
        Tree sheet = UiTests.find(properties.getControl(), Tree.class, Tree::isVisible);
        assertNotNull(sheet, "no property sheet");
        String rows = rows(sheet.getItems());
        assertTrue(rows.contains("Intitulé = " + action.getTitle()) && rows.contains("N° de fiche = "
                + action.getNumber()) && rows.contains("Statut"), rows);
        screenshot("diagram-properties.png");
    }

    @Test
    void anElementWithAnErrorGetsADecorationOnItsNode() throws Exception {
        DiagramEditor editor = openPlan();
        ModelEditor model = editor.modelEditor();
        DiagramPage diagram = new DiagramPage(editor.browser());
        Action action = action(model, diagram.visibleAction());
        model.domain().getCommandStack().execute(RemoveCommand.create(model.domain(), action,
                PlanPackage.Literals.ACTION__THEMES, List.copyOf(action.getThemes())));
        WorkbenchValidation.validate(model.resource().getResourceSet());
        IFile file = project.getFile(Examples.CONVENTION);
        assertTrue(DiagramPage.waitUntil(20, () -> errorsOn(file, action.getId())), "no error marker on the fiche");
        assertTrue(DiagramPage.waitUntil(20, () -> String.valueOf(diagram.evaluate("return Array.from("
                + "document.querySelectorAll('#sprotty g.ctg-node.error')).filter(n => n.querySelector("
                + "'.sprotty-issue')).map(n => n.textContent).join(' | ');")).contains(action.getNumber())),
                "no error decoration on " + action.getNumber());
        screenshot("diagram-problems.png");
    }

    @Test
    void ctrlSWithTheFocusInTheDiagramSavesTheModel() throws Exception {
        DiagramEditor editor = openPlan();
        ModelEditor model = editor.modelEditor();
        DiagramPage diagram = new DiagramPage(editor.browser());
        Action action = action(model, diagram.visibleAction());
        model.domain().getCommandStack().execute(SetCommand.create(model.domain(), action,
                PlanPackage.Literals.ACTION__TITLE, "Multi-accueil agrandi"));
        assertTrue(editor.isDirty());
        assertTrue(DiagramPage.waitUntil(20, () -> diagram.nodeTexts().contains("Multi-accueil agrandi")),
                "the tree's edit is not drawn: " + diagram.nodeTexts());
        diagram.click(diagram.emptySpot());
        assertTrue(editor.browser().isFocusControl(), "the diagram did not take the focus when clicked");
        diagram.key(SWT.CTRL, 's');
        assertTrue(DiagramPage.waitUntil(20, () -> !editor.isDirty()), "Ctrl+S in the diagram did not save");
        Path file = Path.of(project.getFile(Examples.CONVENTION).getLocationURI());
        assertTrue(Files.readString(file).contains("Multi-accueil agrandi"), "the model file was not written");
        assertFalse(model.isDirty());
        DiagramPage.drain(500); // the workspace's change events of the save
        assertNotNull(editor.document().representation().eResource(),
                "the saved representation file was read again as a model, which unloaded the open diagram's state");
    }

    /**
     * F2 opens the label editor; the keys the workbench binds (Ctrl+A, Suppr, Ctrl+Z) then act in it, not on the
     * model, and are the workbench's again once the edit is applied.
     */
    @Test
    void keysTypedInTheLabelEditorStayInIt() throws Exception {
        DiagramEditor editor = openPlan();
        DiagramPage diagram = new DiagramPage(editor.browser());
        ModelEditor model = editor.modelEditor();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) model.root();
        Action action = selectVisibleFiche(editor, diagram);
        String title = action.getTitle();
        int actions = ctg.getActions().size();
        diagram.key(0, SWT.F2);
        assertTrue(DiagramPage.waitUntil(20, () -> List.of("INPUT", "TEXTAREA").contains(diagram.evaluate(
                "return document.activeElement ? document.activeElement.tagName : null;"))),
                "F2 opened no label editor");
        diagram.key(SWT.CTRL, 'a');
        diagram.key(0, SWT.DEL);
        for (char c : "accueil neuf".toCharArray()) {
            diagram.key(0, c);
        }
        assertEquals(actions, ctg.getActions().size(), "Suppr in the label editor deleted a fiche");
        diagram.key(0, SWT.CR);
        assertTrue(DiagramPage.waitUntil(20, () -> "accueil neuf".equals(action.getTitle())),
                "the label editor did not get the keys: " + action.getTitle());
        assertEquals(actions, ctg.getActions().size());

        diagram.click(diagram.emptySpot());
        diagram.key(SWT.CTRL, 'z');
        assertTrue(DiagramPage.waitUntil(20, () -> title.equals(action.getTitle())),
                "Ctrl+Z is not the workbench's again after the edit: " + action.getTitle());
    }

    /** Ctrl+C on a fiche's node, Ctrl+V on the diagram: one copy of the fiche (the model's paste, not also the page's). */
    @Test
    void ctrlCAndCtrlVInTheDiagramPasteOneCopy() throws Exception {
        DiagramEditor editor = openPlan();
        DiagramPage diagram = new DiagramPage(editor.browser());
        ModelEditor model = editor.modelEditor();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) model.root();
        Action action = selectVisibleFiche(editor, diagram);
        int actions = ctg.getActions().size();
        diagram.key(SWT.CTRL, 'c');
        diagram.click(diagram.emptySpot());
        assertTrue(DiagramPage.waitUntil(20, () -> first(editor) == ctg), "the diagram's background is not selected");
        diagram.key(SWT.CTRL, 'v');
        assertTrue(DiagramPage.waitUntil(20, () -> ctg.getActions().size() > actions), "Ctrl+V pasted nothing");
        DiagramPage.drain(2000); // a second paste, if any, would come through the server meanwhile
        assertEquals(actions + 1, ctg.getActions().size(), "Ctrl+V pasted more than one copy");
        assertEquals(action.getTitle(), ctg.getActions().get(actions).getTitle());
    }

    /** The diagram closes, its model stays open: the view state the user changed is in the representation file. */
    @Test
    void closingTheDiagramKeepsItsLayersWhileTheModelStaysOpen() throws Exception {
        DiagramEditor editor = openPlan();
        ModelEditor model = editor.modelEditor();
        model.domain().getCommandStack().execute(RemoveCommand.create(model.domain(),
                editor.document().representation(), RepresentationPackage.Literals.REPRESENTATION__ACTIVE_LAYERS,
                "plan-indicators")); // « Calques > Indicateurs » unticked
        page.closeEditor(editor, false);
        UiTests.processEvents();
        assertNotNull(page.findEditor(new org.eclipse.ui.part.FileEditorInput(project.getFile(Examples.CONVENTION))),
                "the model editor stays open");
        String stored = Files.readString(Path.of(project.getFile(PLAN).getLocationURI()));
        assertFalse(stored.contains("<activeLayers>plan-indicators</activeLayers>"), stored);
        DiagramEditor again = (DiagramEditor) RepresentationFiles.open(page, project.getFile(PLAN));
        DiagramPage reopened = new DiagramPage(again.browser());
        // Fewer nodes in view than openPlan() waits for: the indicators are hidden.
        assertTrue(DiagramPage.waitUntil(60, () -> reopened.count(DiagramPage.NODES) > 3
                && !reopened.nodeTexts().contains("-I1")), "reopened without its indicators: "
                        + reopened.nodeTexts());
        assertFalse(again.document().representation().getActiveLayers().contains("plan-indicators"),
                "reopened, the layer is still off");
    }

    @Test
    void aContributedDescriptionIsOfferedAndOpens() throws Exception {
        assertNotNull(DiagramUi.registry().get("test-fiches"), "the test bundle's description is not registered");
        IFile model = project.getFile(Examples.CONVENTION);
        ModelEditor editor = RepresentationFiles.modelEditor(page, model);
        assertTrue(DiagramUi.registry().applicableTo(editor.root()).stream()
                .anyMatch(description -> description.getId().equals("test-fiches")));
        DiagramEditor diagram = (DiagramEditor) RepresentationFiles.create(page, model,
                DiagramUi.registry().get("test-fiches"));
        assertEquals("ctg-val-d-exemple-2025-2029.test-fiches.ctgr", diagram.getEditorInput().getName());
        DiagramPage drawn = new DiagramPage(diagram.browser());
        assertTrue(DiagramPage.waitUntil(60, () -> drawn.nodeTexts().contains("FA0")), drawn.nodeTexts());
        assertTrue(RepresentationFiles.of(model).stream().anyMatch(f -> f.getName().contains("test-fiches")),
                () -> "not under its model: " + RepresentationFiles.of(model) + "; the file: "
                        + contents(project.getFile("ctg-val-d-exemple-2025-2029.test-fiches.ctgr")));
    }

    private static String contents(IFile file) {
        try {
            return Files.readString(Path.of(file.getLocationURI()));
        } catch (java.io.IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private DiagramEditor openPlan() throws Exception {
        DiagramEditor editor = (DiagramEditor) RepresentationFiles.open(page, project.getFile(PLAN));
        DiagramPage diagram = new DiagramPage(editor.browser());
        assertTrue(DiagramPage.waitUntil(60, () -> diagram.count(DiagramPage.NODES) > 10
                && diagram.count("#sprotty .tool-palette .tool-button") > 0), "the diagram was not drawn");
        DiagramPage.drain(500);
        return editor;
    }

    /** Clicks the node of a fiche action drawn in view and waits until it is the editor's selection. */
    private static Action selectVisibleFiche(DiagramEditor editor, DiagramPage diagram) throws Exception {
        Action action = action(editor.modelEditor(), diagram.visibleAction());
        diagram.click(diagram.centre(DiagramPage.node(action.getNumber() + " ")));
        assertTrue(DiagramPage.waitUntil(20, () -> first(editor) == action), "the fiche's node is not selected");
        return action;
    }

    /** The fiche action of that number (one drawn in view, so that its node is in the page). */
    private static Action action(ModelEditor model, String number) {
        assertNotNull(number, "no fiche action in view");
        return ((GlobalTerritorialAgreement) model.root()).getActions().stream()
                .filter(a -> number.equals(a.getNumber())).findFirst().orElseThrow();
    }

    private static TreeViewer treeOf(ModelEditor editor) {
        return (TreeViewer) editor.getSite().getSelectionProvider();
    }

    private static boolean errorsOn(IFile file, String elementId) {
        try {
            return Stream.of(file.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO))
                    .anyMatch(m -> elementId.equals(m.getAttribute(WorkbenchValidation.ELEMENT_ID, null))
                            && m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(TreeItem[] items) {
        StringBuilder all = new StringBuilder();
        for (TreeItem item : items) {
            all.append(item.getText()).append('\n').append(text(item.getItems()));
        }
        return all.toString();
    }

    private static Object first(DiagramEditor editor) {
        return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
    }

    private static TreeItem item(TreeItem[] items, String text) {
        return Stream.of(items).filter(i -> i.getText().contains(text)).findFirst().orElse(null);
    }

    private static String rows(TreeItem[] items) {
        StringBuilder all = new StringBuilder();
        for (TreeItem item : items) {
            if (item.getData() instanceof IPropertySheetEntry entry) {
                all.append(entry.getDisplayName()).append(" = ").append(entry.getValueAsString()).append('\n');
            }
            item.setExpanded(true);
            all.append(rows(item.getItems()));
        }
        return all.toString();
    }

    /** The whole screen (the Browser's page is drawn by WebKit, which a control print does not capture). */
    private static void screenshot(String name) throws Exception {
        DiagramPage.drain(800);
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "import (ImageMagick) failed");
    }
}
