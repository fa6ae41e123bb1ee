import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Run by .ci/run before the build: the help window and the Help view need an SWT Browser (WebKitGTK on Linux).
 * Creating one under Xvfb and reading back the text of a page proves the engine is really installed; otherwise one
 * line names the Debian package to install. Usage: java -cp swt.jar BrowserCheck.java
 */
public class BrowserCheck {
    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        Browser browser;
        try {
            browser = new Browser(shell, SWT.NONE);
        } catch (SWTError e) {
            System.err.println("ci: an SWT Browser cannot be created (" + e.getMessage()
                    + "): install the Debian package libwebkit2gtk-4.1-0");
            System.exit(1);
            return;
        }
        boolean[] loaded = { false };
        browser.addProgressListener(ProgressListener.completedAdapter(event -> loaded[0] = true));
        browser.setText("<html><body>CTG Studio</body></html>");
        long deadline = System.currentTimeMillis() + 30_000;
        display.timerExec(30_000, () -> { }); // wakes the loop below if the page never loads
        while (!loaded[0] && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        Object text = loaded[0] ? browser.evaluate("return document.body.textContent;") : null;
        display.dispose();
        if (!"CTG Studio".equals(text)) {
            System.err.println("ci: the SWT Browser (WebKitGTK) did not render a page within 30 s: check the Debian "
                    + "package libwebkit2gtk-4.1-0 and its dependencies");
            System.exit(1);
        }
        System.out.println("ci: SWT Browser (WebKitGTK) works");
    }
}
