package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tabbed Properties view of the model editor: every property in place, and the element's problems beside. */
class PropertiesViewTest {

    private static final String ALL = "org.ctgstudio.ui.properties.all";
    private static final String PROBLEMS = "org.ctgstudio.ui.properties.problems";

    private IWorkbenchPage page;
    private ModelEditor editor;
    private GlobalTerritorialAgreement ctg;
    private TabbedPropertySheetPage properties;

    @BeforeEach
    void openConventionAndProperties() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (ModelEditor) IDE.openEditor(page, UiTests.importExampleProject().getFile(Examples.CONVENTION), true);
        ctg = (GlobalTerritorialAgreement) editor.root();
        PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.select(ctg);
        UiTests.processEvents();
        assertTrue(view.getCurrentPage() instanceof TabbedPropertySheetPage, "not tabbed: " + view.getCurrentPage());
        properties = (TabbedPropertySheetPage) view.getCurrentPage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void tabsAndTitleNameTheElementInFrench() {
        assertEquals(List.of("Propriétés", "Problèmes"),
                Stream.of(properties.getActiveTabs()).map(ITabDescriptor::getLabel).toList());
        assertEquals(ALL, properties.getSelectedTab().getId());
        Tree sheet = UiTests.find(properties.getControl(), Tree.class, Tree::isVisible);
        assertEquals(List.of("Propriété", "Valeur"), Stream.of(sheet.getColumns()).map(TreeColumn::getText).toList());
        assertNotNull(UiTests.find(properties.getControl(), CLabel.class,
                label -> label.getText().contains("CTG du Val d'Exemple 2025-2029")), "no title with the convention");
    }

    @Test
    void editInTheSheetThenUndoAndRedo() {
        IPropertySheetEntry title = entry("Intitulé");
        assertEquals("CTG du Val d'Exemple 2025-2029", title.getValueAsString());
        Tree tree = UiTests.find(properties.getControl(), Tree.class, t -> true);
        CellEditor cell = title.getEditor(tree);
        cell.setValue("CTG du Val d'Exemple 2025-2029 (révisée)");
        title.applyEditorValue();
        assertEquals("CTG du Val d'Exemple 2025-2029 (révisée)", ctg.getTitle());
        assertTrue(editor.isDirty());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals("CTG du Val d'Exemple 2025-2029", ctg.getTitle());
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        assertEquals("CTG du Val d'Exemple 2025-2029 (révisée)", ctg.getTitle());
        cell.dispose();
    }

    @Test
    void problemsTabListsTheElementsFindingsAndFollowsTheFix() {
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), ctg.getDiagnosis(),
                PlanPackage.Literals.SHARED_DIAGNOSIS__CAF_CO_FUNDING, new BigDecimal("9000")));
        editor.doSave(new NullProgressMonitor());
        editor.select(ctg.getDiagnosis());
        properties.setSelectedTab(PROBLEMS);
        UiTests.processEvents();
        assertTrue(rules().contains("CTG-DIA-03"), "the diagnosis problem is not listed: " + rules());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        editor.doSave(new NullProgressMonitor());
        UiTests.processEvents();
        assertFalse(rules().contains("CTG-DIA-03"), "the fixed problem is still listed: " + rules());
    }

    private List<String> rules() {
        Table table = UiTests.find(properties.getControl(), Table.class, t -> t.isVisible());
        assertNotNull(table, "the Problems tab has no table");
        return Stream.of(table.getItems()).map(TableItem::getText).toList();
    }

    /** The sheet entry shown with this French name, looked up through the categories. */
    private IPropertySheetEntry entry(String name) {
        Tree tree = UiTests.find(properties.getControl(), Tree.class, t -> t.isVisible());
        assertNotNull(tree, "the Properties tab has no property sheet");
        List<String> seen = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            IPropertySheetEntry found = entry(item, name, seen);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError(name + " not in the sheet: " + seen);
    }

    private static IPropertySheetEntry entry(TreeItem item, String name, List<String> seen) {
        seen.add(item.getText());
        if (item.getData() instanceof IPropertySheetEntry entry && name.equals(entry.getDisplayName())) {
            return entry;
        }
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            IPropertySheetEntry found = entry(child, name, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
