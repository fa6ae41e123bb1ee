package org.ctgstudio.ui.internal.editor;

import java.math.BigDecimal;
import java.util.List;

import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.coverage.chart.ChartFiles;
import org.ctgstudio.coverage.chart.CoverageChart;
import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The coverage of a Caf's deployment plan, year by year: a table (covered population, rate, target, gap) and a chart
 * of the rate against the COG trajectory. Recomputed after every edit, by the same calculation as the coverage rule
 * (CTG-COV-02).
 */
public final class CoveragePage extends Composite implements CommandStackListener {

    private CafDeploymentPlan plan;
    private final CommandStack stack;
    private final TableViewer table;
    private final Canvas chart;
    private List<YearCoverage> years = List.of();

    CoveragePage(Composite parent, CafDeploymentPlan plan, CommandStack stack) {
        super(parent, SWT.NONE);
        this.plan = plan;
        this.stack = stack;
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(this);
        Label title = new Label(this, SWT.NONE);
        title.setText(Messages.Coverage_title);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        table = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Coverage_year, 70, y -> String.valueOf(y.year()));
        column(Messages.Coverage_covered, 160, y -> CtgLabels.number(BigDecimal.valueOf(y.coveredPopulation())));
        column(Messages.Coverage_rate, 80, y -> CtgLabels.percent(y.rate()));
        column(Messages.Coverage_target, 80, y -> y.target() == null ? "" : CtgLabels.percent(y.target())); //$NON-NLS-1$
        column(Messages.Coverage_gap, 110, y -> y.gap() == null ? "" : CtgLabels.number(y.gap())); //$NON-NLS-1$
        column(Messages.Coverage_met, 115, y -> y.target() == null ? "" //$NON-NLS-1$
                : y.meetsTarget() ? Messages.Coverage_yes : Messages.Coverage_no);
        GridDataFactory.fillDefaults().grab(false, true).hint(700, SWT.DEFAULT).applyTo(table.getTable());

        chart = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        chart.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.addPaintListener(event -> paint(event.gc, chart.getClientArea()));
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 300).applyTo(chart);

        stack.addCommandStackListener(this);
        addDisposeListener(e -> stack.removeCommandStackListener(this));
        refresh();
    }

    private interface Text {
        String of(YearCoverage year);
    }

    private void column(String header, int width, Text text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.RIGHT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((YearCoverage) element);
            }
        });
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        Display.getDefault().asyncExec(() -> {
            if (!isDisposed()) {
                refresh();
            }
        });
    }

    /** Recomputes the years the plan is about (as {@code ctgstudio coverage} does). */
    void refresh() {
        int[] range = CoverageCalculator.shownYears(plan);
        years = range.length == 0 ? List.of() : CoverageCalculator.refreshSnapshots(plan, range[0], range[1]);
        table.setInput(years);
        chart.redraw();
    }

    /** After a reload: the plan read again. */
    void show(CafDeploymentPlan reloaded) {
        plan = reloaded;
        refresh();
    }

    public List<YearCoverage> years() {
        return years;
    }


    /** The chart of {@link CoverageChart}, the one {@code ctgstudio coverage --chart} writes, as an image. */
    private void paint(GC gc, Rectangle area) {
        if (years.isEmpty() || area.width <= 0 || area.height <= 0) {
            return;
        }
        List<YearCoverage> shown = years;
        int width = area.width;
        int height = area.height;
        Image image = new Image(getDisplay(), (ImageDataProvider) zoom -> AwtImages.imageData(
                ChartFiles.image(shown, width, height, zoom / 100.0)));
        try {
            gc.drawImage(image, area.x, area.y);
        } finally {
            image.dispose();
        }
    }
}
