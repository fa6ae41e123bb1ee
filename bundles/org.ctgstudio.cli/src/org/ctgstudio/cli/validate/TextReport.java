package org.ctgstudio.cli.validate;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.Severity;

/**
 * The findings as lines that editors and terminals link to their place:
 * {@code FILE:LINE: erreur: CTG-SIG-01: PATH : MESSAGE}, then a summary line.
 */
final class TextReport {

    private TextReport() {
    }

    static void write(ValidationResults results, Console console) {
        PrintStream out = console.out();
        for (ModelProblem problem : results.loadProblems()) {
            out.println(Messages.format("text.loadProblem", location(console, problem), //$NON-NLS-1$
                    problem.element() == null ? problem.message()
                            : Messages.format("text.element", problem.element(), problem.message()))); //$NON-NLS-1$
        }
        for (ValidationResults.Located located : results.findings()) {
            var finding = located.finding();
            out.println(Messages.format("text.finding", console.show(located.file()), located.line(), //$NON-NLS-1$
                    severity(finding.severity()), finding.ruleId(), finding.path(), finding.text()));
        }
        out.println(summary(results));
    }

    /** "5 fichiers validés : 2 erreurs, 5 avertissements, 1 information", then the load problems and unreadable files. */
    static String summary(ValidationResults results) {
        String summary = Messages.format("text.summary", results.files().size() - results.unreadable().size(), //$NON-NLS-1$
                results.count(Severity.ERROR), results.count(Severity.WARNING), results.count(Severity.INFO));
        if (!results.loadProblems().isEmpty()) {
            summary += Messages.format("text.summaryLoad", results.loadProblems().size()); //$NON-NLS-1$
        }
        if (!results.unreadable().isEmpty()) {
            summary += Messages.format("text.summaryUnreadable", results.unreadable().size()); //$NON-NLS-1$
        }
        return summary;
    }

    static String severity(Severity severity) {
        return Messages.format("severity." + severity.name()); //$NON-NLS-1$
    }

    private static String location(Console console, ModelProblem problem) {
        StringBuilder where = new StringBuilder(console.show(Path.of(problem.file())));
        if (problem.line() > 0) {
            where.append(':').append(problem.line());
            if (problem.column() > 0) {
                where.append(':').append(problem.column());
            }
        }
        return where.toString();
    }
}
