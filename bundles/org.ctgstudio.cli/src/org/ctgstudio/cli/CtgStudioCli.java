package org.ctgstudio.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.ctgstudio.cli.coverage.CoverageCommand;
import org.ctgstudio.cli.diagram.ExportDiagramCommand;
import org.ctgstudio.cli.generate.GenerateCommand;
import org.ctgstudio.cli.instantiate.NewCommand;
import org.ctgstudio.cli.validate.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ctgstudio SUBCOMMAND …}: dispatches to the subcommand's class, with French (or English) help, one line and
 * an exit code for every user error, a stack trace only for a fault of CTG Studio itself. The same entry point serves
 * the Equinox application of the product and the plain-Java {@link Main}.
 */
@Command(name = "ctgstudio", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ValidateCommand.class, NewCommand.class, GenerateCommand.class, CoverageCommand.class,
                ExportDiagramCommand.class})
public final class CtgStudioCli implements Callable<Integer> {

    /** Width of the help texts: fixed, so that they read the same everywhere (and in the README). */
    static final int HELP_WIDTH = 100;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the list of subcommands, on stderr, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Runs a command line; returns its exit code. */
    public static int run(String[] args, Console console) {
        CommandLine cli = new CommandLine(new CtgStudioCli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K instance = CommandLine.defaultFactory().create(type);
                if (instance instanceof CliCommand command) {
                    command.attach(console);
                }
                return instance;
            }
        });
        cli.setResourceBundle(Messages.bundle());
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setAbbreviatedOptionsAllowed(false);
        cli.setOverwrittenOptionsAllowed(false);
        cli.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((error, arguments) -> {
            console.message(Messages.format("usage.error", explain(error), //$NON-NLS-1$
                    error.getCommandLine().getCommandSpec().qualifiedName(" "))); //$NON-NLS-1$
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            if (error instanceof UserError user) {
                console.message(user.getMessage());
                return user.exitCode();
            }
            return internalError(error, console);
        });
        try {
            return cli.execute(args);
        } catch (Error error) { // picocli hands on only exceptions
            return internalError(error, console);
        } finally {
            console.flush();
        }
    }

    private static int internalError(Throwable error, Console console) {
        console.message(Messages.format("internal.error", error)); //$NON-NLS-1$
        error.printStackTrace(console.err());
        return ExitCode.INTERNAL;
    }

    /** picocli's reasons, in the user's language. */
    private static String explain(CommandLine.ParameterException error) {
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String arguments = String.join(" ", unmatched.getUnmatched()); //$NON-NLS-1$
            return Messages.format("usage.unknown", arguments); //$NON-NLS-1$
        }
        if (error instanceof CommandLine.MissingParameterException missing) {
            return Messages.format("usage.missing", names(missing.getMissing())); //$NON-NLS-1$
        }
        if (error instanceof CommandLine.OverwrittenOptionException overwritten) {
            return Messages.format("usage.twice", names(List.of(overwritten.getOverwritten()))); //$NON-NLS-1$
        }
        if (error instanceof CommandLine.MutuallyExclusiveArgsException) {
            List<String> given = error.getCommandLine().getParseResult().matchedOptions().stream()
                    .filter(option -> option.group() != null).map(OptionSpec::longestName).toList();
            return Messages.format("usage.exclusive", String.join(", ", given)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (error.getArgSpec() != null && error.getValue() != null) {
            return Messages.format("usage.invalid", names(List.of(error.getArgSpec())), error.getValue()); //$NON-NLS-1$
        }
        return error.getMessage();
    }

    private static String names(List<? extends ArgSpec> specs) {
        return specs.stream().map(spec -> spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel())
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
