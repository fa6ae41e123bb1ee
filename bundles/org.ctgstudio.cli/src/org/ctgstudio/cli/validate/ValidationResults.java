package org.ctgstudio.cli.validate;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.Severity;

/**
 * What {@code validate} found: the rules' findings, each on the file and line of its element; what was wrong while
 * reading files that could be read (dangling references, unknown content: warnings, as in the workbench's Problems
 * view); the files that could not be read at all.
 *
 * @param files        the model files named (folders and patterns expanded)
 * @param findings     each finding once, in the order found
 * @param loadProblems problems of readable files
 * @param unreadable   the files that could not be read, with where and why
 */
public record ValidationResults(List<Path> files, RuleProfile profile, List<Located> findings,
        List<ModelProblem> loadProblems, List<ModelProblem> unreadable) {

    /** A finding and where its element is: its file, the line of its {@code xmi:id} (1 when unknown). */
    public record Located(Finding finding, Path file, int line) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).count();
    }

    /** Warnings, load problems included. */
    public long warnings() {
        return count(Severity.WARNING) + loadProblems.size();
    }

    /** 3 when a file could not be read, 2 with errors, 1 with warnings under {@code --strict}, else 0. */
    public int exitCode(boolean strict) {
        if (!unreadable.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        if (count(Severity.ERROR) > 0) {
            return ExitCode.ERRORS;
        }
        return strict && warnings() > 0 ? ExitCode.WARNINGS : ExitCode.OK;
    }
}
