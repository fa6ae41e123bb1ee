package org.ctgstudio.ui.tests;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A workbench test on the example project: imported before each test; editors closed and projects deleted after. */
abstract class WithExampleProject {

    protected IWorkbenchPage page;
    protected IProject project;

    @BeforeEach
    void importExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = UiTests.importExampleProject();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }
}
