package org.ctgstudio.ui.internal.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The CTG Studio perspective: projects on the left, the outline below them, the editors in the middle,
 * problems and properties underneath.
 */
public final class CtgPerspectiveFactory implements IPerspectiveFactory {

    /** Views the perspective opens, in the order a user reads them. */
    public static final String[] VIEW_IDS = {IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET};

    /** Fichier &gt; Nouveau offers these first. */
    public static final String[] NEW_WIZARDS = {"org.ctgstudio.ui.newProject", "org.ctgstudio.ui.newConvention", //$NON-NLS-1$ //$NON-NLS-2$
            "org.ctgstudio.ui.newTemplate", "org.ctgstudio.ui.newDeploymentPlan"}; //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea); //$NON-NLS-1$
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.6f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
        leftBottom.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        for (String id : VIEW_IDS) {
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        for (String wizard : NEW_WIZARDS) {
            layout.addNewWizardShortcut(wizard);
        }
    }
}
