package org.ctgstudio.coverage.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;

import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;

/**
 * The coverage chart of a deployment plan, drawn on any Java2D surface: one bar per year (green when the year meets
 * its target, orange when it misses it) and the COG trajectory's target of each year as a red dashed line. The
 * workbench's Couverture page shows it as an image and {@code ctgstudio coverage --chart} writes it as SVG or PNG, so
 * both draw the same picture from the same figures. Free of SWT: it runs headless.
 */
public final class CoverageChart {

    public static final Color MET = new Color(46, 125, 79);
    public static final Color MISSED = new Color(230, 126, 34);
    public static final Color TARGET = new Color(192, 57, 43);
    public static final Color AXIS = new Color(96, 96, 96);
    public static final Color BACKGROUND = Color.WHITE;

    private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private CoverageChart() {
    }

    /** Paints the chart of {@code years} in the rectangle (0, 0, width, height) of {@code g}, background included. */
    public static void paint(Graphics2D g, List<YearCoverage> years, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (years.isEmpty()) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics metrics = g.getFontMetrics();
        int left = 40;
        int bottom = height - 30;
        int top = 15;
        int plotHeight = bottom - top;
        int step = Math.max(8, (width - 60) / years.size());

        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, left + step * years.size(), bottom);
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = bottom - plotHeight * percent / 100;
            g.drawString(percent + " %", 2, y + metrics.getAscent() / 2); //$NON-NLS-1$
        }
        for (int i = 0; i < years.size(); i++) {
            YearCoverage year = years.get(i);
            int x = left + i * step + step / 5;
            int barHeight = (int) Math.round(plotHeight * Math.min(100, year.rate().doubleValue()) / 100);
            g.setColor(year.meetsTarget() ? MET : MISSED);
            g.fillRect(x, bottom - barHeight, step * 3 / 5, barHeight);
            if (year.target() != null) {
                int y = bottom - (int) Math.round(plotHeight * year.target().doubleValue() / 100);
                g.setColor(TARGET);
                g.setStroke(DASHED);
                g.drawLine(x - step / 5, y, x + step * 4 / 5, y);
                g.setStroke(new BasicStroke(1f));
            }
            g.setColor(AXIS);
            String label = step < 36 ? String.valueOf(year.year() % 100) : String.valueOf(year.year());
            g.drawString(label, x, bottom + 4 + metrics.getAscent());
        }
    }
}
