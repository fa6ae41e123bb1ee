package org.ctgstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.eclipse.emf.ecore.resource.ResourceSet;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand: a picocli command whose {@link #call()} returns the exit code. Its options are fields annotated with
 * picocli's {@code @Option}/{@code @Parameters}, their help texts in the messages bundle under the keys named by
 * {@code descriptionKey}. Adding a subcommand: one such class, listed in {@link CtgStudioCli}'s {@code subcommands}.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    private Console console;

    void attach(Console console) {
        this.console = console;
    }

    protected Console console() {
        return console;
    }

    /** A wrong command line: stops with {@link ExitCode#USAGE} and the message of {@code key}. */
    protected UserError usage(String key, Object... arguments) {
        String reason = Messages.format(key, arguments);
        return new UserError(ExitCode.USAGE, Messages.format("usage.error", reason, spec.qualifiedName(" "))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The work cannot be done: stops with {@link ExitCode#ERRORS} and the message of {@code key}. */
    protected static UserError failure(String key, Object... arguments) {
        return new UserError(ExitCode.ERRORS, Messages.format(key, arguments));
    }

    /** Loads a model file into {@code set}; an unreadable one stops the command ({@link ExitCode#UNREADABLE}). */
    protected ModelFiles.LoadResult load(ResourceSet set, Path file) {
        try {
            return ModelFiles.load(set, file);
        } catch (ModelLoadException e) {
            throw new UserError(ExitCode.UNREADABLE, describe(e.problem()));
        }
    }

    /** "modèles/a.ctg, ligne 3, colonne 7 : …", the file relative to the current directory. */
    protected String describe(ModelProblem problem) {
        return new ModelProblem(problem.error(), console.show(Path.of(problem.file())), problem.line(),
                problem.column(), problem.element(), problem.message()).toString();
    }
}
