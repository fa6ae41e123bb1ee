package org.ctgstudio.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.workspace.WorkspaceProjectImporter;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
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
