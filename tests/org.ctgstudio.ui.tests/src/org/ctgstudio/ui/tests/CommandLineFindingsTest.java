package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.validate.Validation;
import org.ctgstudio.cli.validate.ValidationResults;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ctgstudio validate FILE} finds what the workbench marks when the file's editor is validated (Ctrl+Alt+V): the
 * same findings, on the same files (the file and those it refers to), with the same messages.
 */
class CommandLineFindingsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void theCommandLineFindsWhatTheEditorMarks() throws Exception {
        IProject project = UiTests.importExampleProject();
        IFile convention = project.getFile(Examples.CONVENTION);
        ModelEditor editor = (ModelEditor) IDE.openEditor(page, convention, true);
        UiTests.processEvents();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.ctgstudio.ui.validate", null);
        UiTests.processEvents();

        Set<String> workbench = new TreeSet<>();
        for (Resource resource : List.copyOf(editor.domain().getResourceSet().getResources())) {
            IFile file = WorkbenchValidation.file(resource);
            for (IMarker marker : file.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO)) {
                workbench.add(file.getName() + " | " + marker.getAttribute(WorkbenchValidation.RULE_ID, "") + " | "
                        + marker.getAttribute(WorkbenchValidation.ELEMENT_ID, "") + " | "
                        + marker.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        Console silent = new Console(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false,
                project.getLocation().toPath());
        ValidationResults results = Validation.run(List.of(convention.getLocation().toPath()),
                WorkbenchValidation.profile(), silent);
        Set<String> commandLine = new TreeSet<>();
        for (ValidationResults.Located located : results.findings()) {
            commandLine.add(located.file().getFileName() + " | " + located.finding().ruleId() + " | "
                    + java.util.Objects.toString(located.finding().elementId(), "") + " | "
                    + located.finding().message());
        }
        assertFalse(workbench.isEmpty(), "the example convention has warnings");
        assertEquals(workbench, commandLine);
    }
}
