package org.ctgstudio.docgen;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.ctgstudio.docgen.TemplateProblem.Kind;
import org.ctgstudio.docgen.check.TemplateChecker;
import org.ctgstudio.docgen.internal.ContributedFragments;
import org.ctgstudio.docgen.internal.OutputFixes;
import org.ctgstudio.docgen.internal.ReportEngine;
import org.ctgstudio.docgen.internal.Sandbox;
import org.ctgstudio.docgen.model.Article;
import org.ctgstudio.docgen.model.ConventionViews;
import org.ctgstudio.docgen.model.DateFr;
import org.ctgstudio.docgen.model.Document;
import org.ctgstudio.docgen.model.TemplateData;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.docgen.xlsx.ActionPlanWorkbook;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.ValidationReport;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Generates a document from a convention: the convention, its annexes, a yearly follow-up report or an amendment
 * from a DOCX/ODT template, as DOCX, ODT or PDF; or the action plan workbook (XLSX). Plain Java, no OSGi needed: the
 * workbench, the command line and tests call {@link #generate} alike. Steps: check the template (once per template),
 * validate the convention (draft or final), build the view data, fill the articles' fields, render the plugins'
 * fragments, merge, convert; the
 * output file is written at the end and only when everything succeeded.
 */
public final class DocumentGenerator {

    private static final Map<String, TemplateChecker.Result> CHECKS = new ConcurrentHashMap<>();
    private static final Configuration TEXTS = Sandbox.configuration();
    /** The articles' texts as templates, parsed once (conventions of one template share their article texts). */
    private static final Map<String, Template> ARTICLES = new ConcurrentHashMap<>();
    private static final int MAX_ARTICLES = 2_000;
    private static final int MAX_LISTED = 5;

    private DocumentGenerator() {
    }

    /** The template's check, done once per template content. */
    public static TemplateChecker.Result check(TemplateFile template) throws DocumentException {
        TemplateChecker.Result result = CHECKS.get(template.digest());
        if (result == null) {
            result = TemplateChecker.check(template);
            CHECKS.put(template.digest(), result);
        }
        return result;
    }

    public static GenerationResult generate(GenerationRequest request) throws DocumentException {
        return generate(request, GenerationMonitor.NONE);
    }

    /**
     * @throws DocumentException     with a French message (and the template's places for template defects); nothing
     *                               is written
     * @throws CancellationException when the monitor says so; nothing is written
     */
    public static GenerationResult generate(GenerationRequest request, GenerationMonitor monitor)
            throws DocumentException {
        boolean workbook = request.format() == OutputFormat.XLSX;
        TemplateChecker.Result check = null;
        if (!workbook) {
            step(monitor, "progress.check", 5);
            check = check(request.template());
            if (check.hasErrors()) {
                throw templateErrors(request.template(), check.problems());
            }
        }
        step(monitor, "progress.validate", 15);
        ValidationReport validation = CtgValidator.validate(List.of(request.agreement()), request.profile());
        long errors = validation.count(Severity.ERROR);
        boolean draft = draft(request, validation, errors);
        step(monitor, "progress.data", 30);
        TemplateData data = ConventionViews.of(request.agreement(), request.year(), request.amendment(),
                request.profile());
        String templateName = workbook ? "" : request.template().name();
        data = data.withDocument(new Document(draft, draft ? Messages.french("draft.mention") : "",
                DateFr.of(LocalDate.now()), templateName, request.format().name()));
        data = withArticleTexts(data);
        List<TemplateProblem> warnings = new ArrayList<>();
        if (!workbook) {
            data = data.withFragments(ContributedFragments.render(request.fragments(), request.agreement(), data,
                    warnings));
        }
        byte[] bytes;
        if (workbook) {
            step(monitor, "progress.merge", 50);
            bytes = ActionPlanWorkbook.of(data.convention(), draft);
        } else {
            bytes = document(request, check, data, draft, warnings, monitor);
        }
        step(monitor, "progress.write", 95);
        write(request.output(), bytes);
        step(monitor, "progress.done", 100);
        return new GenerationResult(request.output(), request.format(), draft, errors, List.copyOf(warnings));
    }

    private static byte[] document(GenerationRequest request, TemplateChecker.Result check, TemplateData data,
            boolean draft, List<TemplateProblem> warnings, GenerationMonitor monitor) throws DocumentException {
        TemplateFile template = request.template();
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        for (String placeholder : check.pictures()) {
            byte[] png = request.pictures().png().get(placeholder.substring(TemplateChecker.PICTURE_PREFIX.length()));
            if (png != null) {
                pictures.put(placeholder, png);
            } else {
                warnings.add(new TemplateProblem(Kind.MISSING_PICTURE, false,
                        Messages.format("picture.missing", placeholder), "", placeholder));
            }
        }
        step(monitor, "progress.merge", 50);
        byte[] bytes = ReportEngine.instance().merge(template, check.pictures(), data.roots(), pictures);
        if (template.isDocx() && !(data.fragments().articles().isEmpty() && data.fragments().annexes().isEmpty())) {
            bytes = OutputFixes.fittedTables(bytes);
        }
        if (!template.isDocx()) {
            bytes = OutputFixes.uniqueTableNames(bytes);
        }
        if (draft && !check.marksDraft()) {
            bytes = OutputFixes.draftBanner(bytes, template.isDocx());
        }
        if (request.format() == OutputFormat.PDF) {
            step(monitor, "progress.pdf", 70);
            bytes = LibreOffice.shared().toPdf(bytes, template.isDocx());
        } else if (request.format() != template.nativeFormat()) {
            throw new DocumentException(Messages.format("generation.formatMismatch", template.name(),
                    request.format().label()));
        }
        return bytes;
    }

    private static boolean draft(GenerationRequest request, ValidationReport validation, long errors)
            throws DocumentException {
        return switch (request.finality()) {
            case DRAFT -> true;
            case AUTOMATIC -> errors > 0;
            case FINAL -> {
                if (errors > 0 && !request.insist()) {
                    String listed = validation.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                            .limit(MAX_LISTED).map(Finding::message).collect(Collectors.joining("\n"));
                    throw new FinalRefusedException(Messages.format("generation.finalRefused", errors, listed), errors);
                }
                yield false;
            }
        };
    }

    /** Fills the fields of the articles' texts (${territoire.nom} …) in the same sandbox as templates. */
    private static TemplateData withArticleTexts(TemplateData data) throws DocumentException {
        Map<String, Object> roots = data.roots();
        List<String> failures = new ArrayList<>();
        TemplateData rendered = data.withArticleTexts(article -> {
            if (!article.texte().contains("${") && !article.texte().contains("[#")) {
                return article; // nothing to fill in
            }
            try {
                Template text = ARTICLES.get(article.texte());
                if (text == null) {
                    List<String> unknown = TemplateChecker.unknownNames(article.texte());
                    if (!unknown.isEmpty()) {
                        failures.add(Messages.format("article.unknownNames", article.numero(), article.titre(),
                                String.join(", ", unknown), unknown.size()));
                        return article;
                    }
                    text = new Template("article", new StringReader(article.texte()), TEXTS);
                    if (ARTICLES.size() > MAX_ARTICLES) {
                        ARTICLES.clear();
                    }
                    ARTICLES.put(article.texte(), text);
                }
                StringWriter out = new StringWriter();
                text.process(roots, out);
                return new Article(article.numero(), article.titre(), out.toString(), article.modifieLocalement());
            } catch (IOException | TemplateException e) {
                failures.add(Messages.format("article.failed", article.numero(), article.titre(),
                        e.getMessage().lines().findFirst().orElse("")));
                return article;
            }
        });
        if (!failures.isEmpty()) {
            throw new DocumentException(String.join("\n", failures));
        }
        return rendered;
    }

    private static DocumentException templateErrors(TemplateFile template, List<TemplateProblem> problems) {
        List<TemplateProblem> errors = problems.stream().filter(TemplateProblem::error).toList();
        String listed = errors.stream().limit(MAX_LISTED).map(p -> "\u2022 " + p).collect(Collectors.joining("\n"));
        return new DocumentException(Messages.format("template.invalid", template.name(), errors.size(), listed),
                problems, null);
    }

    private static void step(GenerationMonitor monitor, String key, int percent) {
        if (monitor.cancelled()) {
            throw new CancellationException(Messages.format("progress.cancelled"));
        }
        monitor.step(Messages.format(key), percent);
    }

    /** Writes beside the target, then moves it in place: a failed or cancelled generation leaves no file. */
    private static void write(Path output, byte[] bytes) throws DocumentException {
        Path folder = output.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // Not createTempFile: its 0600 mode would stay on the document.
            temp = folder.resolve("." + output.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DocumentException(Messages.format("generation.writeFailed", output, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file stays; it is hidden and named after the document
                }
            }
        }
    }
}
