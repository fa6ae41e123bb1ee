package org.ctgstudio.diagram.ui.internal;

import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.ui.DiagramUi;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.events.ControlListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * One diagram page kept started ahead: the client's script evaluated, its websocket connected, its GLSP session
 * open. Those are most of an opening's time (measured on a 1,000-node Plan d'actions: about 1.1 s from a new page,
 * about 0.4 s from a started one). The page waits in an area of the workbench window placed outside the window
 * (WebKit runs no animation frame for a page that is not shown, and the GLSP client waits for some; and a browser
 * moved from another shell no longer gets the keys under GTK). An editor opening in that window takes the page into
 * its own area and names its diagram; another page is then started for the next opening. Without a page ready (the
 * workbench's first seconds, another window) the editor loads its diagram's own address. UI thread only.
 */
public final class StartedPages {

    /** The next page is started a little after an opening, not during it. */
    private static final int NEXT_DELAY_MILLIS = 1500;
    /** A place smaller than this is not laid out yet (pixels). */
    private static final int MIN_SIZE = 100;

    /** Where the page waits: an area of a workbench window's shell, outside the window. */
    private static Composite shelf;
    private static Browser ready;
    private static ProgressListener readyListener;
    private static boolean loaded;
    /** No web engine here: no page is started. */
    private static boolean unavailable;

    private StartedPages() {
    }

    /** Starts a page in that workbench window if none is ready there (and the workbench is not closing). */
    public static void prepare(Shell window) {
        if (unavailable || window.isDisposed() || !PlatformUI.isWorkbenchRunning()
                || PlatformUI.getWorkbench().isClosing() || !workbenchWindow(window)) {
            return;
        }
        if (ready != null && !ready.isDisposed()) {
            if (ready.getShell() == window) {
                return;
            }
            ready.dispose(); // one page kept ready: in the window where a diagram was opened last
        }
        if (shelf == null || shelf.isDisposed() || shelf.getShell() != window) {
            if (shelf != null && !shelf.isDisposed()) {
                shelf.dispose();
            }
            // The workbench window's layout places its own areas only: this one stays where it is put.
            shelf = new Composite(window, SWT.NONE);
            shelf.setLayout(new FillLayout());
            shelf.setBounds(-20_000, -20_000, 1200, 800);
            // Out of the window's focus and tab order; the page still runs, and is enabled again in its editor.
            shelf.setEnabled(false);
        }
        Browser browser;
        try {
            browser = new Browser(shelf, SWT.NONE);
        } catch (SWTError e) {
            unavailable = true; // no web engine: editors say so when they open, as before
            return;
        }
        shelf.layout();
        loaded = false;
        readyListener = new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                loaded = true;
            }
        };
        browser.addProgressListener(readyListener);
        browser.setUrl(DiagramUi.server().startedPageAddress());
        ready = browser;
    }

    /** Starts a page in the active workbench window (else the first one). */
    static void prepareInAWindow() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (window == null && windows.length > 0) {
            window = windows[0];
        }
        if (window != null) {
            prepare(window.getShell());
        }
    }

    private static boolean workbenchWindow(Shell shell) {
        return Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).anyMatch(w -> w.getShell() == shell);
    }

    /** Disposes of the page kept ready, if any (the tests open an editor without one). */
    public static void discard() {
        if (ready != null && !ready.isDisposed()) {
            ready.dispose();
        }
        ready = null;
    }

    /** The page kept ready, null when there is none (the tests see which page an editor took). */
    public static Browser ready() {
        return ready == null || ready.isDisposed() ? null : ready;
    }

    /**
     * The browser of a diagram editor: the page started ahead, moved into {@code parent} and given the document's
     * diagram, when one is ready; else a new page of that diagram. {@code pageScript} runs at the end of each load
     * of the page (and now, for a started page already loaded).
     */
    static Browser browserFor(Composite parent, DiagramDocument document, String pageScript) {
        Browser browser = ready;
        boolean started = browser != null && !browser.isDisposed() && browser.getShell() == parent.getShell()
                && browser.isReparentable() && browser.setParent(parent);
        if (!started) {
            browser = new Browser(parent, SWT.NONE);
        } else {
            ready = null;
            browser.removeProgressListener(readyListener);
        }
        Browser page = browser;
        if (!started) {
            browser.addProgressListener(ProgressListener.completedAdapter(e -> page.execute(pageScript)));
            browser.setUrl(DiagramUi.server().pageAddress(document));
        } else {
            new Naming(page, document, pageScript, loaded).install();
            parent.layout(true, true);
        }
        prepareSoon(parent.getShell());
        return browser;
    }

    /** Starts the next page a little later, once the opening diagram has its share of the processor. */
    static void prepareSoon(Shell window) {
        window.getDisplay().timerExec(NEXT_DELAY_MILLIS, () -> prepare(window));
    }

    /**
     * Names its diagram to a taken page once it is loaded and has its place's size (given with the name: the page
     * waits until its window has it, so that the diagram is fitted to the editor and not to the page's former place);
     * again after any reload of the page.
     */
    private static final class Naming {
        private final Browser page;
        private final DiagramDocument document;
        private final String pageScript;
        private boolean loaded;
        private boolean named;

        Naming(Browser page, DiagramDocument document, String pageScript, boolean loaded) {
            this.page = page;
            this.document = document;
            this.pageScript = pageScript;
            this.loaded = loaded;
        }

        void install() {
            page.addProgressListener(ProgressListener.completedAdapter(e -> {
                loaded = true;
                named = false;
                name();
            }));
            page.addControlListener(ControlListener.controlResizedAdapter(e -> name()));
            name();
        }

        private void name() {
            Point size = page.getSize();
            if (named || !loaded || page.isDisposed() || size.x < MIN_SIZE || size.y < MIN_SIZE) {
                return;
            }
            named = true;
            page.execute(pageScript);
            // Both ids are hexadecimal: nothing to escape.
            page.execute("window.ctgOpen&&window.ctgOpen('" + document.id() + "','" + document.token() + "'," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + size.x + "," + size.y + ");"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
