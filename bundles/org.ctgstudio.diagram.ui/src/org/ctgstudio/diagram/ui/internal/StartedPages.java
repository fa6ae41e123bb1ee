package org.ctgstudio.diagram.ui.internal;

import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
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

    /** Where the page waits: an area of a workbench window's shell, outside the window. */
    private static Composite shelf;
    private static Browser ready;
    private static ProgressListener readyListener;
    private static boolean loaded;

    private StartedPages() {
    }

    /** Starts a page in that window if none is ready there (and the workbench is not closing). */
    public static void prepare(Shell window) {
        if (window.isDisposed() || !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
            return;
        }
        if (ready != null && !ready.isDisposed()) {
            if (ready.getShell() == window) {
                return;
            }
            ready.dispose(); // one page kept ready: in the window where diagrams are opened last
        }
        if (shelf == null || shelf.isDisposed() || shelf.getShell() != window) {
            if (shelf != null && !shelf.isDisposed()) {
                shelf.dispose();
            }
            // The shell's layout places its own areas only: this one stays where it is put.
            shelf = new Composite(window, SWT.NONE);
            shelf.setLayout(new FillLayout());
            shelf.setBounds(-20_000, -20_000, 1200, 800);
        }
        Browser browser = new Browser(shelf, SWT.NONE);
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
        // Both ids are hexadecimal: nothing to escape.
        String open = "window.ctgOpen&&window.ctgOpen('" + document.id() + "','" + document.token() + "');"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                page.execute(pageScript);
                if (started) {
                    page.execute(open);
                }
            }
        });
        if (!started) {
            browser.setUrl(DiagramUi.server().pageAddress(document));
        } else {
            parent.layout(true, true);
            if (loaded) {
                browser.execute(pageScript);
                browser.execute(open);
            }
        }
        prepareSoon(parent.getShell());
        return browser;
    }

    /** Starts the next page a little later, once the opening diagram has its share of the processor. */
    static void prepareSoon(Shell window) {
        window.getDisplay().timerExec(NEXT_DELAY_MILLIS, () -> prepare(window));
    }
}
