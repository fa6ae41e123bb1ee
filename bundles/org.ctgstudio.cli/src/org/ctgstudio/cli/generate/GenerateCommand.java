package org.ctgstudio.cli.generate;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ctgstudio.cli.CliCommand;
import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.cli.UserError;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.Finality;
import org.ctgstudio.docgen.FinalRefusedException;
import org.ctgstudio.docgen.GenerationMonitor;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.eclipse.emf.ecore.EObject;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctgstudio generate FILE --template T|--default convention|suivi|avenant --format docx|odt|pdf|xlsx --out PATH
 * [--draft]}: a document of a convention, as the workbench's « Générer un document… » makes it (same generator, same
 * draft-or-final rule, the diagrams' pictures). The document is written only when everything went right; the
 * template's defects are reported one per line with their place in the template.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = org.ctgstudio.cli.Version.class)
public final class GenerateCommand extends CliCommand {

    /** --template or --default: one of them, except for the workbook. */
    static final class TemplateChoice {
        @Option(names = "--template", paramLabel = "TEMPLATE", descriptionKey = "generate.template")
        String file;

        @Option(names = "--default", paramLabel = "NAME", descriptionKey = "generate.default")
        String name;
    }

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "generate.file")
    String file;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TemplateChoice template;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "generate.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "generate.out")
    String out;

    @Option(names = "--draft", descriptionKey = "generate.draft")
    boolean draft;

    @Override
    public Integer call() {
        OutputFormat outputFormat = outputFormat();
        if (outputFormat != OutputFormat.XLSX && template == null) {
            throw usage("generate.noTemplate"); //$NON-NLS-1$
        }
        Path modelFile = console().resolve(file);
        Path target = target(modelFile, outputFormat);
        TemplateFile templateFile = outputFormat == OutputFormat.XLSX ? null : templateFile(outputFormat);

        EObject root = load(ModelFiles.newResourceSet(), modelFile).root();
        if (!(root instanceof GlobalTerritorialAgreement agreement)) {
            throw failure("generate.notConvention", console().show(modelFile)); //$NON-NLS-1$
        }
        GenerationResult result;
        try {
            GenerationRequest request = GenerationRequest.of(agreement, templateFile, outputFormat, target)
                    .withFinality(draft ? Finality.DRAFT : Finality.FINAL, false).withDiagrams(modelFile);
            result = DocumentGenerator.generate(request, new Progress());
        } catch (FinalRefusedException e) {
            throw failure("generate.finalRefused", e.errors()); //$NON-NLS-1$
        } catch (DocumentException e) {
            throw templateFailure(e, templateFile);
        } finally {
            if (outputFormat == OutputFormat.PDF) {
                LibreOffice.stopShared();
            }
        }
        for (TemplateProblem warning : result.warnings()) {
            console().message(Messages.format("generate.warning", name(templateFile), warning)); //$NON-NLS-1$
        }
        console().out().println(Messages.format("generate.written", console().show(target), //$NON-NLS-1$
                outputFormat.name(), agreement.getTitle(), templateFile == null ? "" //$NON-NLS-1$
                        : Messages.format("generate.fromTemplate", name(templateFile)), result.draft() ? 1 : 0)); //$NON-NLS-1$
        return ExitCode.OK;
    }

    private OutputFormat outputFormat() {
        for (OutputFormat candidate : OutputFormat.values()) {
            if (candidate.extension().equals(format)) {
                return candidate;
            }
        }
        throw usage("usage.format", format, "docx, odt, pdf, xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The file to write: PATH itself, or in the folder PATH the model's name with the format's extension. */
    private Path target(Path modelFile, OutputFormat outputFormat) {
        Path path = console().resolve(out);
        if (Files.isDirectory(path)) {
            String name = modelFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return path.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + outputFormat.extension()); //$NON-NLS-1$
        }
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + outputFormat.extension())) { //$NON-NLS-1$
            throw usage("generate.extension", out, outputFormat.extension()); //$NON-NLS-1$
        }
        return path;
    }

    private TemplateFile templateFile(OutputFormat outputFormat) {
        if (template.name != null) {
            DefaultTemplate chosen = switch (template.name) {
                case "convention" -> DefaultTemplate.CONVENTION; //$NON-NLS-1$
                case "suivi" -> DefaultTemplate.SUIVI_ANNUEL; //$NON-NLS-1$
                case "avenant" -> DefaultTemplate.AVENANT; //$NON-NLS-1$
                default -> throw usage("generate.unknownDefault", template.name); //$NON-NLS-1$
            };
            try {
                return chosen.load(outputFormat != OutputFormat.ODT);
            } catch (DocumentException e) {
                throw new IllegalStateException(e); // the product's own templates: a fault of CTG Studio
            }
        }
        Path path = console().resolve(template.file);
        try {
            return TemplateFile.of(path);
        } catch (DocumentException e) {
            boolean missing = e.getCause() instanceof NoSuchFileException || !Files.exists(path);
            throw new UserError(ExitCode.UNREADABLE, missing
                    ? Messages.format("generate.noTemplateFile", console().show(path)) //$NON-NLS-1$
                    : Messages.format("generate.unreadableTemplate", console().show(path), oneLine(e))); //$NON-NLS-1$
        }
    }

    /** A template's defects one per line (« modele.docx: erreur: … (paragraphe « … ») »), then why nothing was written. */
    private UserError templateFailure(DocumentException e, TemplateFile templateFile) {
        if (e.problems().isEmpty()) {
            return failure("generate.failed", oneLine(e)); //$NON-NLS-1$
        }
        for (TemplateProblem problem : e.problems()) {
            console().message(Messages.format(problem.error() ? "generate.templateError" : "generate.warning", //$NON-NLS-1$ //$NON-NLS-2$
                    name(templateFile), problem));
        }
        long errors = e.problems().stream().filter(TemplateProblem::error).count();
        return failure("generate.templateInvalid", name(templateFile), errors); //$NON-NLS-1$
    }

    private String name(TemplateFile templateFile) {
        if (templateFile == null) {
            return ""; //$NON-NLS-1$
        }
        return template.file != null ? console().show(console().resolve(template.file)) : templateFile.name();
    }

    /** The generator's messages may hold several lines (a list of causes): one line on the command line. */
    private static String oneLine(Exception e) {
        return Arrays.stream(String.valueOf(e.getMessage()).split("\n")).map(String::strip) //$NON-NLS-1$
                .filter(line -> !line.isEmpty()).collect(Collectors.joining(" ; ")); //$NON-NLS-1$
    }

    /** The generator's steps on the progress line. */
    private final class Progress implements GenerationMonitor {
        @Override
        public void step(String task, int percent) {
            console().progress(Messages.format("generate.progress", task, percent)); //$NON-NLS-1$
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
