package org.ctgstudio.docgen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.Messages;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.TemplateProblem.Kind;

import fr.opensagres.xdocreport.core.XDocReportException;
import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.docx.DocxReport;
import fr.opensagres.xdocreport.document.docx.discovery.DocxTemplateEngineConfiguration;
import fr.opensagres.xdocreport.document.images.ByteArrayImageProvider;
import fr.opensagres.xdocreport.document.images.IImageInfo;
import fr.opensagres.xdocreport.document.odt.ODTReport;
import fr.opensagres.xdocreport.document.odt.discovery.ODTTemplateEngineConfiguration;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;
import fr.opensagres.xdocreport.template.formatter.NullImageBehaviour;
import fr.opensagres.xdocreport.core.document.SyntaxKind;
import fr.opensagres.xdocreport.template.freemarker.FreemarkerTemplateEngine;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * XDocReport with FreeMarker under the {@link Sandbox}: one engine per document kind (DOCX values get Word line
 * breaks, ODT LibreOffice's), created here rather than discovered (so the engine never gets XDocReport's unsafe
 * default configuration). A template is loaded and preprocessed once and kept by its digest, as XDocReport keeps the
 * parsed FreeMarker template; the next documents from it only merge data.
 */
public final class ReportEngine {

    private static final int MAX_REPORTS = 32;
    private static final ReportEngine INSTANCE = new ReportEngine();

    /** The field of the plugins' fragment bodies in templates (in {@code [#list fragments.annexes as fragment]}). */
    public static final String FRAGMENT_BODY = "fragment.corps";

    private final FreemarkerTemplateEngine docx = engine(true);
    private final FreemarkerTemplateEngine odt = engine(false);
    private final Map<String, IXDocReport> reports = new LinkedHashMap<>(16, 0.75f, true);

    private ReportEngine() {
    }

    public static ReportEngine instance() {
        return INSTANCE;
    }

    private static FreemarkerTemplateEngine engine(boolean docx) {
        FreemarkerTemplateEngine engine = new FreemarkerTemplateEngine();
        freemarker.template.Configuration cfg = Sandbox.configuration();
        engine.setFreemarkerConfiguration(cfg);
        engine.setConfiguration(docx ? DocxTemplateEngineConfiguration.INSTANCE : ODTTemplateEngineConfiguration.INSTANCE);
        Sandbox.apply(cfg);
        // XDocReport's template cache: the preprocessed entries of registered reports, parsed once.
        engine.setTemplateCacheInfoProvider(XDocReportRegistry.getRegistry());
        return engine;
    }

    /**
     * Merges {@code roots} into {@code template}.
     *
     * @param pictures PNG bytes by placeholder name ({@code diagramme_…}); a placeholder without a picture is removed
     */
    public byte[] merge(TemplateFile template, Set<String> placeholders, Map<String, Object> roots,
            Map<String, byte[]> pictures) throws DocumentException {
        IXDocReport report = report(template, placeholders);
        try {
            IContext context = report.createContext();
            roots.forEach(context::put);
            for (String placeholder : placeholders) {
                byte[] png = pictures.get(placeholder);
                context.put(placeholder, png == null ? null : new FittedImage(png));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            synchronized (report) { // one generation at a time per template: XDocReport does not say it is thread-safe
                report.process(context, out);
            }
            return out.toByteArray();
        } catch (XDocReportException | IOException | RuntimeException e) {
            throw failure(template, report, e);
        }
    }

    private synchronized IXDocReport report(TemplateFile template, Set<String> placeholders) throws DocumentException {
        String id = "ctg-" + template.digest();
        IXDocReport report = reports.get(id);
        if (report != null) {
            return report;
        }
        report = template.isDocx() ? new DocxReport() : new ODTReport();
        report.setId(id);
        report.setTemplateEngine(template.isDocx() ? docx : odt);
        FieldsMetadata metadata = report.createFieldsMetadata();
        for (String placeholder : placeholders) {
            metadata.addFieldAsImage(placeholder, NullImageBehaviour.RemoveImageTemplate, false);
        }
        // A plugin's fragment body is HTML: XDocReport writes it as paragraphs, lists and tables of the document.
        metadata.addFieldAsTextStyling(FRAGMENT_BODY, SyntaxKind.Html);
        try {
            report.load(template.isDocx() ? new java.io.ByteArrayInputStream(
                    OutputFixes.numberedDrawings(template.open().readAllBytes())) : template.open());
            XDocReportRegistry registry = XDocReportRegistry.getRegistry();
            registry.registerReport(report, true);
        } catch (XDocReportException | IOException e) {
            throw new DocumentException(Messages.format("template.notDocument", template.name()), e);
        }
        reports.put(id, report);
        if (reports.size() > MAX_REPORTS) {
            String eldest = reports.keySet().iterator().next();
            reports.remove(eldest);
            XDocReportRegistry.getRegistry().unregisterReport(eldest);
        }
        return report;
    }

    /** A generation failure in French, with the template's paragraph where FreeMarker stopped. */
    private static DocumentException failure(TemplateFile template, IXDocReport report, Exception e) {
        TemplateException te = cause(e, TemplateException.class);
        ParseException pe = cause(e, ParseException.class);
        if (te == null && pe != null) {
            // What the check could not see (a field the preprocessing changed): located all the same.
            String source = pe.getTemplateName() == null ? "" : pe.getTemplateName();
            String location = source.contains("!") ? RuntimeLocations.locate(read(report,
                    source.substring(source.indexOf('!') + 1)), pe.getLineNumber(), pe.getColumnNumber()) : "";
            TemplateProblem problem = new TemplateProblem(Kind.SYNTAX, true, Messages.format("check.syntax",
                    firstLine(pe.getEditorMessage())), location, "");
            return new DocumentException(Messages.format("generation.templateFailed", template.name(), problem),
                    List.of(problem), e);
        }
        if (te == null) {
            return new DocumentException(Messages.format("generation.failed", template.name(), e.getMessage()), e);
        }
        String location = "";
        String source = te.getTemplateSourceName();
        if (source != null && source.contains("!") && te.getLineNumber() != null) {
            String entry = source.substring(source.indexOf('!') + 1);
            location = RuntimeLocations.locate(read(report, entry), te.getLineNumber(), te.getColumnNumber());
        }
        String expression = te.getBlamedExpressionString() == null ? "" : te.getBlamedExpressionString();
        String detail = firstLine(te.getMessageWithoutStackTop());
        TemplateProblem problem = new TemplateProblem(Kind.EVALUATION, true,
                expression.isEmpty() ? Messages.format("generation.evaluation", detail)
                        : Messages.format("generation.evaluationOf", expression, detail),
                location, expression);
        return new DocumentException(Messages.format("generation.templateFailed", template.name(), problem),
                List.of(problem), e);
    }

    private static String read(IXDocReport report, String entry) {
        try (Reader reader = report.getPreprocessedDocumentArchive().getEntryReader(entry)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * A picture that takes the placeholder's width and keeps its own proportions (XDocReport would otherwise
     * stretch it to the placeholder's box or use its pixel size).
     */
    private static final class FittedImage extends ByteArrayImageProvider {

        private Float width;

        FittedImage(byte[] png) {
            super(png, false);
        }

        @Override
        public Float getWidth(Float defaultWidth) throws IOException {
            width = defaultWidth;
            return defaultWidth;
        }

        @Override
        public Float getHeight(Float defaultHeight) throws IOException {
            IImageInfo info = getImageInfo();
            if (width == null || info == null || info.getWidth() <= 0) {
                return defaultHeight;
            }
            return width * info.getHeight() / info.getWidth();
        }
    }
}
