package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.workspace.WorkspaceProjectImporter;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The example project in the Project Explorer: every CTG file listed with its own icon, linked with the editor. */
class ExampleProjectTest {

    private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

    @AfterEach
    void deleteProject() throws Exception {
        workspace.getRoot().getProject("Val-d-Exemple").delete(true, true, new NullProgressMonitor());
    }

    @Test
    void projectExplorerShowsTheExampleFilesWithTheirIcons() throws Exception {
        Path folder = Files.createDirectories(workspace.getRoot().getLocation().toPath().resolve("Val-d-Exemple"));
        Examples.copyProject(folder);
        List<IProject> imported = WorkspaceProjectImporter.importProjects(workspace, new NullProgressMonitor())
                .imported();
        assertEquals(1, imported.size());

        CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        CommonViewer viewer = explorer.getCommonViewer();
        viewer.refresh();
        viewer.expandToLevel(imported.get(0), 1);
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the viewer create its items
        }

        TreeItem project = null;
        for (TreeItem item : viewer.getTree().getItems()) {
            if ("Val-d-Exemple".equals(item.getText())) {
                project = item;
            }
        }
        assertNotNull(project, "the example project is not in the Project Explorer");
        Map<String, TreeItem> files = new LinkedHashMap<>();
        for (TreeItem item : project.getItems()) {
            files.put(item.getText(), item);
        }
        Map<String, String> expected = Map.of(Examples.CONVENTION, "convention", Examples.PREDECESSOR, "convention",
                Examples.TEMPLATE, "template", Examples.DEPLOYMENT, "deployment", Examples.REFERENCE_DATA,
                "reference");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            TreeItem item = files.get(file.getKey());
            assertNotNull(item, file.getKey() + " not shown; shown: " + files.keySet());
            assertNotNull(item.getImage(), file.getKey() + " has no icon");
            IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getKey());
            assertEquals("org.ctgstudio.ui.modelEditor." + file.getValue(), editor.getId(),
                    file.getKey() + " is shown with the icon of " + editor.getId());
        }
        assertTrue(files.get(Examples.CONVENTION).getImage() != files.get(Examples.TEMPLATE).getImage(),
                "conventions and templates have different icons");
    }

    @Test
    void linkWithEditorSelectsTheFileOfTheActiveEditor() throws Exception {
        IProject project = UiTests.importExampleProject();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        boolean linking = explorer.isLinkingEnabled();
        explorer.setLinkingEnabled(true);
        try {
            IEditorPart convention = IDE.openEditor(page, project.getFile(Examples.CONVENTION), true);
            IDE.openEditor(page, project.getFile(Examples.TEMPLATE), true);
            List<?> template = List.of(project.getFile(Examples.TEMPLATE));
            UiTests.processEventsUntil(() -> template.equals(selection(explorer)));
            assertEquals(template, selection(explorer));

            page.activate(convention);
            List<?> ctg = List.of(project.getFile(Examples.CONVENTION));
            UiTests.processEventsUntil(() -> ctg.equals(selection(explorer)));
            assertEquals(ctg, selection(explorer));
        } finally {
            explorer.setLinkingEnabled(linking);
            page.closeAllEditors(false);
        }
    }

    @Test
    void contextMenuOfAFileSpeaksFrenchWithoutVersionControlMenus() throws Exception {
        IProject project = UiTests.importExampleProject();
        CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().setSelection(new StructuredSelection(project.getFile(Examples.CONVENTION)), true);
        UiTests.processEvents();
        Menu menu = explorer.getCommonViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Stream.of(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty())
                .map(text -> text.replace("&", "").replaceAll("\t.*", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.containsAll(List.of("Nouveau", "Ouvrir", "Ouvrir avec", "Afficher dans", "Copier", "Coller",
                "Supprimer", "Déplacer...", "Renommer...", "Importer...", "Exporter...", "Actualiser", "Propriétés")),
                items.toString());
        assertTrue(items.stream().noneMatch(item -> item.matches("Team|Compare With|Replace With")), items.toString());
    }

    private static List<?> selection(CommonNavigator explorer) {
        return ((IStructuredSelection) explorer.getCommonViewer().getSelection()).toList();
    }
}
