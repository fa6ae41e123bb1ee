package org.ctgstudio.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.workspace.WorkspaceProjectImporter;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/** What the UI tests share: the example project in the test workspace, the UI event loop, cleaning up. */
final class UiTests {

    static final String PROJECT = "Val-d-Exemple";

    private UiTests() {
    }

    /** Copies the example project into the workspace folder and lets the importer open it, as at start-up. */
    static IProject importExampleProject() throws Exception {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        Path folder = Files.createDirectories(workspace.getRoot().getLocation().toPath().resolve(PROJECT));
        Examples.copyProject(folder);
        WorkspaceProjectImporter.importProjects(workspace, new NullProgressMonitor());
        return workspace.getRoot().getProject(PROJECT);
    }

    /**
     * Fails, naming the Debian package, when SWT's Browser (WebKitGTK on Linux) cannot be created: pages that embed
     * it (help) then show other controls, and the assertion that follows would only say "false".
     */
    static void requireBrowser() {
        Shell shell = new Shell(Display.getCurrent());
        try {
            new Browser(shell, SWT.NONE).dispose();
        } catch (SWTError e) {
            throw new AssertionError("SWT's Browser cannot be created (" + e.getMessage()
                    + "): install the Debian package libwebkit2gtk-4.1-0 (WebKitGTK)", e);
        } finally {
            shell.dispose();
        }
    }

    /** Runs pending UI work (refreshes, asynchronous validation). */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going until the queue is empty
        }
    }

    /** Runs the event loop until the condition holds (for work the workbench defers to UI jobs), at most 10 s. */
    static boolean processEventsUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            processEvents();
            Thread.sleep(20);
        }
        return true;
    }

    /** Closes the editors without saving and deletes every project of the test workspace. */
    static void closeEditorsAndDeleteProjects() throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, new NullProgressMonitor());
        }
    }

    /** The first control of the given type under {@code parent} (itself included) that matches, or null. */
    static <T extends Control> T find(Control parent, Class<T> type, Predicate<T> matching) {
        if (type.isInstance(parent) && matching.test(type.cast(parent))) {
            return type.cast(parent);
        }
        if (parent instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, matching);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every control of the given type under {@code parent} (itself included), in tree order. */
    static <T extends Control> List<T> all(Control parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        find(parent, type, control -> !found.add(control));
        return found;
    }

    /** Shows a page of the editor by its stable id (as the cheat sheet does) and returns the page's control. */
    static Control page(ModelEditor editor, String id) {
        if (!editor.showPage(id)) {
            throw new AssertionError("the editor of " + editor.getTitle() + " has no page " + id);
        }
        processEvents();
        Control page = find(editor.getSite().getShell(), Control.class,
                c -> id.equals(c.getData(ModelEditor.PAGE_ID)) && c.isVisible());
        if (page == null) {
            throw new AssertionError("page " + id + " of " + editor.getTitle() + " is not shown");
        }
        return page;
    }

    /** The stable id of the editor page shown (one editor open), or null. */
    static String activePage() {
        Control page = find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Control.class,
                c -> c.getData(ModelEditor.PAGE_ID) != null && c.isVisible());
        return page == null ? null : (String) page.getData(ModelEditor.PAGE_ID);
    }

    /** The text of the tab that shows an editor page. */
    static String tabText(Control page) {
        for (Control c = page; c != null; c = c.getParent()) {
            if (c.getParent() instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() == c) {
                        return item.getText();
                    }
                }
            }
        }
        throw new AssertionError("page " + page.getData(ModelEditor.PAGE_ID) + " is not in a tab");
    }

    /** The first control of the given type on a page (its master table or tree). */
    static <T extends Control> T first(Control page, Class<T> type) {
        T found = find(page, type, control -> true);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " on page " + page.getData(ModelEditor.PAGE_ID));
        }
        return found;
    }

    /**
     * Selects the row showing {@code element} in a viewer's table or tree, as a click would (the viewer hears the
     * selection event); tree items are expanded on the way, which makes the viewer create their children.
     */
    static void select(Control viewerControl, Object element) {
        Item item = viewerControl instanceof Table table ? row(table.getItems(), element)
                : row((Tree) viewerControl, ((Tree) viewerControl).getItems(), element);
        if (item == null) {
            throw new AssertionError(element + " is not shown in " + viewerControl);
        }
        Event event = new Event();
        event.item = item;
        if (item instanceof TableItem tableItem) {
            ((Table) viewerControl).setSelection(tableItem);
        } else {
            ((Tree) viewerControl).setSelection((TreeItem) item);
        }
        viewerControl.notifyListeners(SWT.Selection, event);
        processEvents();
    }

    private static Item row(TableItem[] items, Object element) {
        for (TableItem item : items) {
            if (item.getData() == element) {
                return item;
            }
        }
        return null;
    }

    private static Item row(Tree tree, TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            if (item.getItemCount() > 0) {
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
                Item found = row(tree, item.getItems(), element);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The form field that edits {@code feature} (PropertyForm marks its fields with their feature). */
    static Text field(Control parent, String feature) {
        return find(parent, Text.class, text -> feature.equals(text.getData("feature")));
    }

    /** Types into a form field and presses Enter. */
    static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
    }
}
