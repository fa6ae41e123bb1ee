package org.ctgstudio.ui.internal.editor;

import java.math.BigDecimal;
import java.util.List;

import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoveragePeriod;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.util.AgreementDates;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
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

    /** Years shown after the first one, at most (a plan's periods may run far). */
    private static final int MAX_YEARS = 15;

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

    /** Recomputes the years from the first of the trajectory to the last covered year. */
    void refresh() {
        int[] range = CoverageCalculator.years(plan);
        if (range.length == 0) {
            years = List.of();
        } else {
            int last = Math.min(range[0] + MAX_YEARS - 1, Math.max(range[1], lastCoveredYear()));
            years = CoverageCalculator.refreshSnapshots(plan, range[0], last);
        }
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

    private int lastCoveredYear() {
        int last = 0;
        for (DeploymentEntry entry : plan.getEntries()) {
            for (CoveragePeriod period : entry.getPeriods()) {
                last = Math.max(last, period.getEndDate() == null ? 0 : period.getEndDate().getYear());
            }
            for (GlobalTerritorialAgreement agreement : entry.getAgreements()) {
                var end = agreement.eIsProxy() ? null : AgreementDates.effectiveEndDate(agreement);
                last = Math.max(last, end == null ? 0 : end.getYear());
            }
        }
        return last;
    }

    /** Bars: the rate of each year (green when the target is met); dashes: the trajectory's target. */
    private void paint(GC gc, Rectangle area) {
        if (years.isEmpty()) {
            return;
        }
        int left = area.x + 40;
        int bottom = area.y + area.height - 30;
        int top = area.y + 15;
        int height = bottom - top;
        int step = Math.max(8, (area.width - 60) / years.size());
        Color axis = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(axis);
        gc.drawLine(left, top, left, bottom);
        gc.drawLine(left, bottom, left + step * years.size(), bottom);
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = bottom - height * percent / 100;
            gc.drawText(percent + " %", area.x + 2, y - 7, true); //$NON-NLS-1$
        }
        Color met = new Color(46, 125, 79);
        Color missed = new Color(230, 126, 34);
        Color target = new Color(192, 57, 43);
        try {
            for (int i = 0; i < years.size(); i++) {
                YearCoverage year = years.get(i);
                int x = left + i * step + step / 5;
                int barHeight = (int) Math.round(height * Math.min(100, year.rate().doubleValue()) / 100);
                gc.setBackground(year.meetsTarget() ? met : missed);
                gc.fillRectangle(x, bottom - barHeight, step * 3 / 5, barHeight);
                if (year.target() != null) {
                    int y = bottom - (int) Math.round(height * year.target().doubleValue() / 100);
                    gc.setForeground(target);
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.setLineWidth(2);
                    gc.drawLine(x - step / 5, y, x + step * 4 / 5, y);
                    gc.setLineStyle(SWT.LINE_SOLID);
                    gc.setLineWidth(1);
                }
                gc.setForeground(axis);
                gc.drawText(step < 36 ? String.valueOf(year.year() % 100) : String.valueOf(year.year()), x, bottom + 4,
                        true);
            }
        } finally {
            met.dispose();
            missed.dispose();
            target.dispose();
        }
    }
}
