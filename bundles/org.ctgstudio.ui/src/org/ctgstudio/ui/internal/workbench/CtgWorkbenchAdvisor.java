package org.ctgstudio.ui.internal.workbench;

import java.util.List;

import org.ctgstudio.ui.internal.workspace.WorkspaceProjectImporter;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;

/** Workbench life cycle of CTG Studio: the CTG perspective, the workspace as page input, workspace save on exit. */
public final class CtgWorkbenchAdvisor extends WorkbenchAdvisor {

    public static final String PERSPECTIVE_ID = "org.ctgstudio.ui.perspective"; //$NON-NLS-1$

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Resource adapters (labels, workbench adapters) the Project Explorer and Properties view rely on.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CtgWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postStartup() {
        super.postStartup();
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        WorkspaceProjectImporter.scheduleImport(ResourcesPlugin.getWorkspace(),
                imported -> display.asyncExec(() -> reveal(imported)));
    }

    /**
     * Projects that just appeared are shown open in the Project Explorer, so their files are in view at once, and the
     * most recent convention of the first one is opened: a first start lands on something to work with.
     */
    private void reveal(List<IProject> projects) {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        IViewPart view = window == null || window.getActivePage() == null ? null
                : window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (view instanceof CommonNavigator navigator) {
            for (IProject project : projects) {
                navigator.getCommonViewer().expandToLevel(project, 1);
            }
            navigator.selectReveal(new StructuredSelection(projects));
        }
        IFile convention = latestConvention(projects.get(0));
        if (window != null && window.getActivePage() != null && convention != null) {
            try {
                IDE.openEditor(window.getActivePage(), convention, true);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    /** The convention file (.ctg) of a project whose name sorts last: "…-2025-2029.ctg" after "…-2021-2024.ctg". */
    private static IFile latestConvention(IProject project) {
        IFile latest = null;
        try {
            for (IResource member : project.members()) {
                if (member instanceof IFile file && "ctg".equals(file.getFileExtension()) //$NON-NLS-1$
                        && (latest == null || file.getName().compareTo(latest.getName()) > 0)) {
                    latest = file;
                }
            }
        } catch (CoreException e) {
            ILog.of(CtgWorkbenchAdvisor.class).log(e.getStatus());
        }
        return latest;
    }

    @Override
    public void postShutdown() {
        // Persist the workspace tree so that projects and markers are there at the next start.
        try {
            if (ResourcesPlugin.getPlugin() != null) {
                ResourcesPlugin.getWorkspace().save(true, null);
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        super.postShutdown();
    }
}
