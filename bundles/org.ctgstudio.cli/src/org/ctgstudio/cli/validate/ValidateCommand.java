package org.ctgstudio.cli.validate;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.cli.CliCommand;
import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.cli.InputFiles;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.cli.UserError;
import org.ctgstudio.validation.RuleProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctgstudio validate FILE|FOLDER… [--profile P] [--format text|json|sarif] [--strict]}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = org.ctgstudio.cli.Version.class)
public final class ValidateCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", descriptionKey = "validate.files")
    List<String> files;

    @Option(names = "--profile", paramLabel = "PROFILE", descriptionKey = "validate.profile")
    String profile;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "validate.format", defaultValue = "text")
    String format;

    @Option(names = "--strict", descriptionKey = "validate.strict")
    boolean strict;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "sarif").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw usage("usage.format", format, "text, json, sarif"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        RuleProfile rules = profile == null ? RuleProfile.defaults() : readProfile(console().resolve(profile));
        ValidationResults results = Validation.run(InputFiles.expand(console(), files), rules, console());
        switch (format) {
            case "json" -> JsonReport.write(results, console()); //$NON-NLS-1$
            case "sarif" -> SarifReport.write(results, console()); //$NON-NLS-1$
            default -> TextReport.write(results, console());
        }
        for (var problem : results.unreadable()) {
            console().message(describe(problem));
        }
        return results.exitCode(strict);
    }

    private RuleProfile readProfile(Path file) {
        try {
            return RuleProfile.load(file);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.UNREADABLE, Messages.format("validate.noProfile", console().show(file))); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UserError(ExitCode.UNREADABLE, Messages.format("validate.badProfile", //$NON-NLS-1$
                    console().show(file), e.getMessage()));
        }
    }
}
