package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.coverage.chart.ChartFiles;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.CoveragePage;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
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
        ModelEditor editor = openPlan();

        CoveragePage coverage = (CoveragePage) UiTests.page(editor, "coverage");
        Screenshots.capture(coverage, Path.of("target", "coverage-page.png"));
        YearCoverage y2021 = coverage.years().stream().filter(y -> y.year() == 2021).findFirst().orElseThrow();
        assertEquals("74.9", y2021.rate().toPlainString());
        assertFalse(y2021.meetsTarget(), "74,9 % does not meet 75 %");
        Table table = findChild(coverage, Table.class);
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

    /** The page's chart is the painter's picture, pixel for pixel: the one {@code ctgstudio coverage --chart} writes. */
    @Test
    void theChartIsDrawnByTheSharedPainter() throws Exception {
        CoveragePage coverage = (CoveragePage) UiTests.page(openPlan(), "coverage");
        Canvas canvas = findChild(coverage, Canvas.class);
        Rectangle area = canvas.getClientArea();
        assertTrue(area.width > 100 && area.height > 100, area.toString());
        // The control drawn into an image (not copied from the screen, where another window may cover it).
        Image shot = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
        GC gc = new GC(shot);
        try {
            canvas.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData actual = shot.getImageData();
        shot.dispose();
        int border = canvas.getBorderWidth();
        BufferedImage expected = ChartFiles.image(coverage.years(), area.width, area.height);
        int different = 0;
        for (int y = 0; y < area.height; y++) {
            for (int x = 0; x < area.width; x++) {
                RGB rgb = actual.palette.getRGB(actual.getPixel(x + border, y + border));
                int argb = expected.getRGB(x, y);
                if (rgb.red != (argb >> 16 & 0xFF) || rgb.green != (argb >> 8 & 0xFF) || rgb.blue != (argb & 0xFF)) {
                    different++;
                }
            }
        }
        assertEquals(0, different, "pixels of the page's chart that differ from the painter's");
    }

    private ModelEditor openPlan() throws Exception {
        ModelEditor editor = (ModelEditor) IDE.openEditor(page,
                UiTests.importExampleProject().getFile(Examples.DEPLOYMENT), true);
        UiTests.processEvents();
        return editor;
    }

    private static <T> T findChild(org.eclipse.swt.widgets.Composite parent, Class<T> type) {
        for (var child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " on the coverage page");
    }
}
