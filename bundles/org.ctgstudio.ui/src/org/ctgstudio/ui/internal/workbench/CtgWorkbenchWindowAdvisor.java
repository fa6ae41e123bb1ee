package org.ctgstudio.ui.internal.workbench;

import org.ctgstudio.ui.internal.Messages;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.navigator.CommonNavigator;

/** Main window of CTG Studio: title, size, status line, menus. */
final class CtgWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private boolean restored;

    CtgWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CtgActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(Messages.Window_title);
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    /**
     * On a fresh workspace the Project Explorer starts linked with the editor (the file of the active editor is
     * selected), which drafting teams switching between a convention and its template expect; the user's choice is
     * kept from then on by the view's own saved state.
     */
    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (!restored && page != null
                && page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer) {
            explorer.setLinkingEnabled(true);
        }
    }
}
