package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplatePackage;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.RuleProfile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Models that refer to each other: what one editor saves, the others see; the workbench finds what batch finds. */
class ModelFilesTogetherTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private IProject project;

    @BeforeEach
    void importExample() throws Exception {
        project = UiTests.importExampleProject();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void aTemplateSavedInItsEditorChangesTheFindingsOfAnOpenConvention() throws Exception {
        IFile convention = project.getFile(Examples.CONVENTION);
        IDE.openEditor(page, convention, true);
        assertTrue(UiTests.processEventsUntil(() -> !markers(convention).isEmpty()), "the convention is validated");
        assertFalse(rules(convention).contains("CTG-TPL-01"), rules(convention).toString());

        // The methodology expert takes the template back to draft, in its own editor, and saves it.
        ModelEditor template = (ModelEditor) IDE.openEditor(page, project.getFile(Examples.TEMPLATE), true);
        ConventionTemplate model = (ConventionTemplate) template.root();
        template.domain().getCommandStack().execute(SetCommand.create(template.domain(), model,
                TemplatePackage.Literals.CONVENTION_TEMPLATE__STATUS, TemplateStatus.DRAFT));
        template.doSave(new NullProgressMonitor());

        assertTrue(UiTests.processEventsUntil(() -> rules(convention).contains("CTG-TPL-01")),
                "the open convention editor still validates the template as it was: " + rules(convention));
    }

    @Test
    void theDeploymentPlanHasTheSameCoverageFindingsInTheEditorAndInBatch() throws Exception {
        IFile plan = project.getFile(Examples.DEPLOYMENT);
        IDE.openEditor(page, plan, true);
        assertTrue(UiTests.processEventsUntil(() -> rules(plan).contains("CTG-COV-02")),
                "no coverage finding in the editor: " + rules(plan));
        Set<String> inEditor = new TreeSet<>();
        for (IMarker marker : markers(plan)) {
            if ("CTG-COV-02".equals(marker.getAttribute(WorkbenchValidation.RULE_ID, null))) {
                inEditor.add(marker.getAttribute(WorkbenchValidation.ELEMENT_ID, "") + " "
                        + marker.getAttribute(IMarker.MESSAGE, ""));
            }
        }

        // The same file read from disk by plain Java, with nothing computed beforehand.
        var root = ModelFiles.load(ModelFiles.newResourceSet(), plan.getLocation().toPath()).root();
        Set<String> inBatch = new TreeSet<>();
        CtgValidator.validate(List.of(root), RuleProfile.defaults()).of("CTG-COV-02")
                .forEach(f -> inBatch.add(f.elementId() + " " + f.message()));
        assertEquals(3, inBatch.size(), "2018, 2021 and 2022 below the trajectory: " + inBatch);
        assertEquals(inBatch, inEditor);
    }

    private static List<IMarker> markers(IFile file) {
        try {
            return List.of(file.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> rules(IFile file) {
        Set<String> rules = new TreeSet<>();
        markers(file).forEach(m -> rules.add(m.getAttribute(WorkbenchValidation.RULE_ID, "")));
        return rules;
    }
}
