package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.ui.internal.about.AboutDialog;
import org.ctgstudio.ui.internal.workbench.CtgPerspectiveFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.IViewRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CTG Studio workbench as a user first sees it: window, perspective, views, menus, About dialog. */
class CtgWorkbenchTest {

    private IWorkbenchWindow window;

    @BeforeEach
    void activeWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has no active window");
    }

    @Test
    void windowShowsTheCtgPerspective() {
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page);
        assertEquals("org.ctgstudio.ui.perspective", page.getPerspective().getId());
        assertEquals("CTG Studio", page.getPerspective().getLabel());
    }

    @Test
    void perspectiveOpensProjectExplorerOutlineProblemsAndProperties() {
        IWorkbenchPage page = window.getActivePage();
        List<String> open = new ArrayList<>();
        for (IViewReference reference : page.getViewReferences()) {
            open.add(reference.getId());
        }
        for (String id : CtgPerspectiveFactory.VIEW_IDS) {
            assertTrue(open.contains(id), id + " is not open; open views: " + open);
        }
        assertNotNull(page.findView(CtgPerspectiveFactory.VIEW_IDS[0]), "the Project Explorer is not created");
        assertTrue(page.isPartVisible(page.findView(CtgPerspectiveFactory.VIEW_IDS[0])));
    }

    @Test
    void platformViewsSpeakFrench() throws Exception {
        IViewRegistry views = PlatformUI.getWorkbench().getViewRegistry();
        assertEquals(List.of("Explorateur de projets", "Structure", "Problèmes", "Propriétés"),
                Stream.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW,
                        IPageLayout.ID_PROP_SHEET).map(id -> views.find(id).getLabel()).toList());

        window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTests.processEvents();
        // the only tree of the window with columns
        Tree tree = UiTests.find(window.getShell(), Tree.class, t -> t.getColumnCount() > 0);
        assertNotNull(tree, "the Problems view has no table");
        List<String> columns = Stream.of(tree.getColumns()).map(TreeColumn::getText).toList();
        assertEquals(List.of("Description", "Fichier", "Chemin", "Emplacement", "Type"), columns);

        window.getActivePage().closeAllEditors(false);
        window.getActivePage().showView(IPageLayout.ID_OUTLINE);
        UiTests.processEvents();
        assertNotNull(UiTests.find(window.getShell(), Label.class,
                label -> label.getText().equals("Aucun éditeur actif ne fournit de structure.")),
                "the empty Outline view does not speak French");
    }

    @Test
    void projectExplorerStartsLinkedWithTheEditor() {
        CommonNavigator explorer = (CommonNavigator) window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertNotNull(explorer);
        assertTrue(explorer.isLinkingEnabled(), "a fresh workspace shows the active editor's file in the explorer");
    }

    @Test
    void preferencePagesAreNamedInFrench() {
        List<String> pages = Stream.of(PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes())
                .map(IPreferenceNode::getLabelText).toList();
        assertTrue(pages.containsAll(List.of("Général", "Aide", "Validation CTG")), pages.toString());

        assertPageShows("org.eclipse.ui.preferencePages.Workbench", "Toujours exécuter en arrière-plan",
                "Double clic", "Intervalle d'enregistrement de l'atelier (minutes) :");
        assertPageShows("org.eclipse.ui.preferencePages.Workbench/org.eclipse.ui.preferencePages.Views",
                "Activer les thèmes", "Toujours afficher les titres complets");
        // Without an SWT Browser the help page offers other choices: say which package is missing instead.
        UiTests.requireBrowser();
        assertPageShows("org.eclipse.help.ui.browsersPreferencePage", "Indiquez comment l'aide est affichée.",
                "Ouvrir le sommaire de l'aide");
    }

    private void assertPageShows(String id, String... expected) {
        List<String> texts = pageTexts(id);
        List<String> missing = Stream.of(expected).filter(text -> !texts.contains(text)).toList();
        assertTrue(missing.isEmpty(), id + " does not show " + missing + "; it shows " + texts);
    }

    /** The texts of a preference page's buttons and labels, created in a scratch shell. */
    private List<String> pageTexts(String id) {
        IPreferenceNode node = PlatformUI.getWorkbench().getPreferenceManager().find(id);
        assertNotNull(node, id);
        node.createPage();
        Shell shell = new Shell(window.getShell());
        try {
            node.getPage().createControl(shell);
            List<String> texts = new ArrayList<>();
            UiTests.all(shell, Button.class).forEach(button -> texts.add(button.getText().replace("&", "")));
            UiTests.all(shell, Label.class).forEach(label -> texts.add(label.getText().replace("&", "")));
            return texts;
        } finally {
            shell.dispose();
            node.disposeResources();
        }
    }

    @Test
    void undoAndRedoAreCtrlZAndCtrlYOnEveryPlatform() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(List.of(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo"))
                .contains(KeySequence.getInstance("M1+Z")));
        assertTrue(List.of(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo"))
                .contains(KeySequence.getInstance("M1+Y")));
    }

    @Test
    void windowTitleIsTheProductName() {
        assertEquals("CTG Studio", window.getShell().getText());
        assertEquals("CTG Studio", Platform.getProduct().getName());
    }

    @Test
    void menusAreFichierEditionFenetreAide() {
        Menu bar = window.getShell().getMenuBar();
        List<String> labels = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            labels.add(item.getText().replace("&", ""));
        }
        assertEquals(List.of("Fichier", "Édition", "Fenêtre", "Aide"), labels);
    }

    @Test
    void aboutDialogShowsProductNameAndVersion() {
        AboutDialog dialog = new AboutDialog(window.getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            assertEquals("À propos de CTG Studio", shell.getText());
            String version = Platform.getBundle("org.ctgstudio.product").getVersion().toString();
            assertEquals("CTG Studio", label(shell, "ctg.about.name"));
            assertEquals("Version " + version, label(shell, "ctg.about.version"));
            assertTrue(version.startsWith("0.1.0"), version);
        } finally {
            dialog.close();
        }
    }

    private static String label(Composite parent, String key) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && key.equals(label.getData())) {
                return label.getText();
            }
            if (child instanceof Composite composite) {
                String text = label(composite, key);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
