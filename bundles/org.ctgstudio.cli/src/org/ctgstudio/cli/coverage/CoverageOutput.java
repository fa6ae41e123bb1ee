package org.ctgstudio.cli.coverage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.deployment.CafDeploymentPlan;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The coverage years as a table for people (French numbers: 74,9 %), or for programs: JSON and CSV with the same
 * field names in every language and plain decimal numbers (74.9).
 */
final class CoverageOutput {

    /** Field names of JSON and CSV, in this order. */
    static final String[] FIELDS = {"year", "coveredPopulation", "referencePopulation", "rate", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        "target", "gap", "meetsTarget"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final String ROW = "%-6s %20s %9s %7s %7s  %s"; //$NON-NLS-1$

    private CoverageOutput() {
    }

    static void text(CafDeploymentPlan plan, List<YearCoverage> years, PrintStream out) {
        out.println(Messages.format("coverage.heading", plan.getCaf(), plan.getCogPeriod(), //$NON-NLS-1$
                CtgLabels.number(BigDecimal.valueOf(plan.getReferencePopulation()))));
        Object[] headers = new Object[6];
        String[] keys = {"year", "covered", "rate", "target", "gap", "met"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (int i = 0; i < keys.length; i++) {
            headers[i] = Messages.format("coverage.column." + keys[i]); //$NON-NLS-1$
        }
        out.println(String.format(ROW, headers).stripTrailing());
        for (YearCoverage year : years) {
            out.println(String.format(ROW, year.year(), CtgLabels.number(BigDecimal.valueOf(year.coveredPopulation())),
                    CtgLabels.percent(year.rate()), year.target() == null ? "" : CtgLabels.percent(year.target()), //$NON-NLS-1$
                    year.gap() == null ? "" : CtgLabels.number(year.gap()), //$NON-NLS-1$
                    year.target() == null ? "" //$NON-NLS-1$
                            : Messages.format(year.meetsTarget() ? "coverage.met" : "coverage.missed")) //$NON-NLS-1$ //$NON-NLS-2$
                    .stripTrailing());
        }
    }

    static void json(CafDeploymentPlan plan, List<YearCoverage> years, PrintStream out) {
        JsonObject root = new JsonObject();
        root.addProperty("caf", plan.getCaf()); //$NON-NLS-1$
        root.addProperty("cogPeriod", plan.getCogPeriod()); //$NON-NLS-1$
        root.addProperty("referencePopulation", plan.getReferencePopulation()); //$NON-NLS-1$
        JsonArray array = new JsonArray();
        for (YearCoverage year : years) {
            JsonObject item = new JsonObject();
            item.addProperty(FIELDS[0], year.year());
            item.addProperty(FIELDS[1], year.coveredPopulation());
            item.addProperty(FIELDS[2], year.referencePopulation());
            item.addProperty(FIELDS[3], year.rate());
            item.addProperty(FIELDS[4], year.target());
            item.addProperty(FIELDS[5], year.gap());
            item.addProperty(FIELDS[6], year.meetsTarget());
            array.add(item);
        }
        root.add("years", array); //$NON-NLS-1$
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
    }

    static void csv(List<YearCoverage> years, PrintStream out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(FIELDS).get());
            for (YearCoverage year : years) {
                printer.printRecord(year.year(), year.coveredPopulation(), year.referencePopulation(),
                        year.rate().toPlainString(), plain(year.target()), plain(year.gap()), year.meetsTarget());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString(); //$NON-NLS-1$
    }
}
