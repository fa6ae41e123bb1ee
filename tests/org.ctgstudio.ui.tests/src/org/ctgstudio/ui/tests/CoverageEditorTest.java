package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.CoveragePage;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deployment plan's Couverture page: the brief's rates year by year, recomputed after an edit. */
class CoverageEditorTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void coveragePageShowsTheRatesAndFollowsEdits() throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page,
                UiTests.importExampleProject().getFile(Examples.DEPLOYMENT), true);
        UiTests.processEvents();

        CoveragePage coverage = (CoveragePage) UiTests.page(editor, "coverage");
        Screenshots.capture(coverage, Path.of("target", "coverage-page.png"));
        YearCoverage y2021 = coverage.years().stream().filter(y -> y.year() == 2021).findFirst().orElseThrow();
        assertEquals("74.9", y2021.rate().toPlainString());
        assertFalse(y2021.meetsTarget(), "74,9 % does not meet 75 %");
        Table table = findTable(coverage);
        assertEquals(coverage.years().size(), table.getItemCount());
        assertEquals("2021", table.getItem(3).getText(0));
        assertEquals("74,9 %", table.getItem(3).getText(2));
        assertEquals("Non", table.getItem(3).getText(5));

        CafDeploymentPlan plan = (CafDeploymentPlan) editor.root();
        editor.domain().getCommandStack().execute(RemoveCommand.create(editor.domain(), plan,
                DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__ENTRIES, plan.getEntries().get(1)));
        UiTests.processEvents();
        assertEquals("14.1", coverage.years().get(1).rate().toPlainString(),
                "without the Grand Exemple, 2019 stays at the 2018 level");
    }

    private static Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
        }
        throw new AssertionError("no table on the coverage page");
    }
}
