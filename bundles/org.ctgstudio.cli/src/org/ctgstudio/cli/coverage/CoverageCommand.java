package org.ctgstudio.cli.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.cli.CliCommand;
import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.coverage.chart.ChartFiles;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.resource.ModelFiles;
import org.eclipse.emf.ecore.EObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctgstudio coverage PLAN [--year Y] [--format text|json|csv] [--chart out.svg|out.png]}: the coverage of a
 * Caf's deployment plan year by year against the COG trajectory, the figures and the chart of the workbench's
 * Couverture page (same years, same calculation, same painter).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = org.ctgstudio.cli.Version.class)
public final class CoverageCommand extends CliCommand {

    /** Size of the chart written by --chart, in pixels (PNG) or user units (SVG). */
    static final int CHART_WIDTH = 720;
    static final int CHART_HEIGHT = 360;

    @Parameters(arity = "1", paramLabel = "PLAN", descriptionKey = "coverage.plan")
    String plan;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "coverage.year")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "coverage.format", defaultValue = "text")
    String format;

    @Option(names = "--chart", paramLabel = "FILE", descriptionKey = "coverage.chart")
    String chart;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "csv").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw usage("usage.format", format, "text, json, csv"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path chartFile = chart == null ? null : console().resolve(chart);
        if (chartFile != null) {
            String name = chartFile.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw usage("coverage.chartExtension", chart); //$NON-NLS-1$
            }
            Path folder = chartFile.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw failure("coverage.noFolder", console().show(folder)); //$NON-NLS-1$
            }
        }
        Path planFile = console().resolve(plan);
        EObject root = load(ModelFiles.newResourceSet(), planFile).root();
        if (!(root instanceof CafDeploymentPlan deploymentPlan)) {
            throw failure("coverage.notPlan", console().show(planFile)); //$NON-NLS-1$
        }
        int[] range = CoverageCalculator.shownYears(deploymentPlan);
        List<YearCoverage> shown = range.length == 0 ? List.of()
                : CoverageCalculator.compute(deploymentPlan, range[0], range[1]);
        List<YearCoverage> rows = year == null ? shown : CoverageCalculator.compute(deploymentPlan, year, year);
        if (chartFile != null) {
            try {
                ChartFiles.write(shown, CHART_WIDTH, CHART_HEIGHT, chartFile);
            } catch (IOException e) {
                throw failure("coverage.chartFailed", console().show(chartFile), e.getMessage()); //$NON-NLS-1$
            }
        }
        switch (format) {
            case "json" -> CoverageOutput.json(deploymentPlan, rows, console().out()); //$NON-NLS-1$
            case "csv" -> CoverageOutput.csv(rows, console().out()); //$NON-NLS-1$
            default -> CoverageOutput.text(deploymentPlan, rows, console().out());
        }
        return ExitCode.OK;
    }
}
