package org.ctgstudio.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.Pictures;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.model.ConventionViews;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.validation.RuleProfile;

import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.docx.discovery.DocxTemplateEngineConfiguration;
import fr.opensagres.xdocreport.document.images.ByteArrayImageProvider;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;
import fr.opensagres.xdocreport.template.freemarker.FreemarkerTemplateEngine;
import freemarker.template.Configuration;

/**
 * Document generation of a large convention (100 fiches actions, 300 indicators) from the default Word template, in
 * plain Java, against two floors measured in the same run: the bare engine (XDocReport and FreeMarker with their plain
 * set-up) merging the same template with the same data, built beforehand, and a new LibreOffice process per
 * document ({@code soffice --headless --convert-to pdf}) on the same DOCX. Targets: DOCX generation at most 2 x the bare
 * engine (what the sandbox, the checks, validation and the view data cost), PDF at most 0.5 x a new soffice.
 */
public final class DocumentBenchmark {

    static final double DOCX_TARGET = 2.0;
    static final double PDF_TARGET = 0.5;
    /** A generation takes tens of milliseconds: enough runs first for the JIT to settle (steady state). */
    private static final int DOCX_WARMUP = 30;
    private static final int DOCX_RUNS = 11;

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        GlobalTerritorialAgreement convention = SyntheticModels.convention(actions);
        int indicators = convention.getActions().stream().mapToInt(a -> a.getIndicators().size()).sum();
        byte[] picture = Files.readAllBytes(placeholderPicture());
        TemplateFile template = DefaultTemplate.CONVENTION.load(true);
        Path folder = Files.createTempDirectory("ctg-documents-benchmark");
        try {
            Path docx = folder.resolve("convention.docx");
            GenerationRequest request = GenerationRequest.of(convention, template, OutputFormat.DOCX, docx)
                    .withPictures(Pictures.none().with("plan_actions", picture));

            // The floor: the same template and data (view records built once) through XDocReport and FreeMarker with
            // their plain set-up (no sandbox, no template check, no validation, no view building, no output fixes).
            Map<String, Object> data = ConventionViews.of(convention, 0, 0, RuleProfile.defaults()).roots();
            FreemarkerTemplateEngine plainEngine = new FreemarkerTemplateEngine();
            Configuration plainConfiguration = new Configuration(Configuration.VERSION_2_3_34);
            plainConfiguration.setBooleanFormat("oui,non"); // the template prints yes/no values
            plainEngine.setFreemarkerConfiguration(plainConfiguration);
            plainEngine.setConfiguration(DocxTemplateEngineConfiguration.INSTANCE);
            plainEngine.setTemplateCacheInfoProvider(XDocReportRegistry.getRegistry());
            IXDocReport bare = XDocReportRegistry.getRegistry().loadReport(template.open(), "bare", plainEngine);
            FieldsMetadata metadata = bare.createFieldsMetadata();
            metadata.addFieldAsImage("diagramme_plan_actions");
            Path bareOut = folder.resolve("nu.docx");
            // Both warmed up and measured in turns: they share XDocReport's and FreeMarker's code, which the JIT
            // would otherwise have compiled for whichever ran second.
            double[] docxTimes = interleavedMedians(() -> DocumentGenerator.generate(request), () -> {
                IContext context = bare.createContext();
                data.forEach(context::put);
                context.put("diagramme_plan_actions", new ByteArrayImageProvider(picture));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                bare.process(context, out);
                Files.write(bareOut, out.toByteArray());
            });
            double generation = docxTimes[0];
            double engine = docxTimes[1];

            if (!LibreOffice.installed()) {
                throw new IllegalStateException("LibreOffice is not installed (Debian: " + LibreOffice.DEBIAN_PACKAGE
                        + "): the PDF figures need it");
            }
            GenerationRequest pdfRequest = GenerationRequest.of(convention, template, OutputFormat.PDF,
                    folder.resolve("convention.pdf")).withPictures(Pictures.none().with("plan_actions", picture));
            double pdf = PersistenceBenchmark.median(() -> DocumentGenerator.generate(pdfRequest));
            byte[] docxBytes = Files.readAllBytes(docx);
            double conversion = PersistenceBenchmark.median(() -> LibreOffice.shared().toPdf(docxBytes, true));
            Path profile = folder.resolve("profil-soffice");
            double soffice = PersistenceBenchmark.median(() -> soffice(docx, folder.resolve("soffice"), profile));
            // For information: the same convention from the default LibreOffice template (the same document), its
            // ODT converted by both.
            Path odt = folder.resolve("convention.odt");
            DocumentGenerator.generate(GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(false),
                    OutputFormat.ODT, odt).withPictures(pdfRequest.pictures()));
            byte[] odtBytes = Files.readAllBytes(odt);
            double odtConversion = PersistenceBenchmark.median(() -> LibreOffice.shared().toPdf(odtBytes, false));
            double odtSoffice = PersistenceBenchmark.median(() -> soffice(odt, folder.resolve("soffice"), profile));
            // The same for a convention of the example's size (12 fiches): LibreOffice's start weighs more there.
            Path smallDocx = folder.resolve("petite.docx");
            GenerationRequest small = GenerationRequest.of(SyntheticModels.convention(12), template, OutputFormat.DOCX,
                    smallDocx).withPictures(Pictures.none().with("plan_actions", picture));
            DocumentGenerator.generate(small);
            GenerationRequest smallPdf = GenerationRequest.of(small.agreement(), template, OutputFormat.PDF,
                    folder.resolve("petite.pdf")).withPictures(small.pictures());
            double smallPdfTime = PersistenceBenchmark.median(() -> DocumentGenerator.generate(smallPdf));
            double smallSoffice = PersistenceBenchmark.median(() -> soffice(smallDocx, folder.resolve("soffice"),
                    profile));
            LibreOffice.stopShared();

            System.out.println();
            System.out.println("CTG Studio document benchmark (medians: DOCX of " + DOCX_RUNS + " runs after "
                    + DOCX_WARMUP + " warm-up runs, in turns with the bare engine; PDF of 5 after 3; Java "
                    + Runtime.version() + ")");
            System.out.printf(Locale.ROOT, "  convention       %d fiches actions, %d indicators; DOCX of %.0f KB%n",
                    actions, indicators, Files.size(docx) / 1e3);
            System.out.printf(Locale.ROOT, "  bare engine      %8.0f ms   (XDocReport + FreeMarker as they come, data built"
                    + " beforehand: floor)%n", engine);
            System.out.printf(Locale.ROOT, "  DOCX generation  %8.0f ms   %.2f x bare  (target <= %.1f x: %s)%n",
                    generation, generation / engine, DOCX_TARGET, generation / engine <= DOCX_TARGET ? "met"
                            : "NOT met");
            System.out.printf(Locale.ROOT, "  new soffice      %8.0f ms   (soffice --headless --convert-to pdf: floor)%n",
                    soffice);
            System.out.printf(Locale.ROOT, "  PDF generation   %8.0f ms   %.2f x soffice (target <= %.1f x: %s)%n", pdf,
                    pdf / soffice, PDF_TARGET, pdf / soffice <= PDF_TARGET ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "  of which PDF conversion by the running LibreOffice %.0f ms (%.2f x soffice)%n",
                    conversion, conversion / soffice);
            System.out.printf(Locale.ROOT, "  from the ODT of the LibreOffice template: running LibreOffice %.0f ms, new"
                    + " soffice %.0f ms: %.2f x soffice%n", odtConversion, odtSoffice, odtConversion / odtSoffice);
            System.out.printf(Locale.ROOT, "  12 fiches: PDF generation %.0f ms, new soffice %.0f ms: %.2f x soffice%n",
                    smallPdfTime, smallSoffice, smallPdfTime / smallSoffice);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The medians of two tasks run in turns, {@code DOCX_WARMUP} times each, then {@code DOCX_RUNS} times each. */
    private static double[] interleavedMedians(PersistenceBenchmark.Task first, PersistenceBenchmark.Task second)
            throws Exception {
        for (int i = 0; i < DOCX_WARMUP; i++) {
            first.run();
            second.run();
        }
        double[][] times = new double[2][DOCX_RUNS];
        for (int i = 0; i < DOCX_RUNS; i++) {
            PersistenceBenchmark.Task[] tasks = {first, second};
            for (int t = 0; t < 2; t++) {
                System.gc();
                long start = System.nanoTime();
                tasks[t].run();
                times[t][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(times[0]);
        java.util.Arrays.sort(times[1]);
        return new double[] {times[0][DOCX_RUNS / 2], times[1][DOCX_RUNS / 2]};
    }

    private static void soffice(Path document, Path out, Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), document.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String name = document.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice --convert-to pdf failed");
        }
        Files.delete(pdf);
    }

    /** A picture for the template's placeholder: the default template's own (a PNG in the DOCX). */
    private static Path placeholderPicture() throws IOException {
        Path png = Files.createTempFile("plan-actions", ".png");
        png.toFile().deleteOnExit();
        try (var zip = new java.util.zip.ZipInputStream(DefaultTemplate.CONVENTION.load(true).open())) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".png")) {
                    Files.write(png, zip.readAllBytes());
                    return png;
                }
            }
        } catch (org.ctgstudio.docgen.DocumentException e) {
            throw new IOException(e);
        }
        throw new IOException("no picture in the default template");
    }
}
