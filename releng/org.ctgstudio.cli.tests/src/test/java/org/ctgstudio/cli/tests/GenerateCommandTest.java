package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ctgstudio generate} through the product on the example convention and on broken inputs: the documents read
 * back (POI), exit codes, located template defects, and nothing written on error.
 */
class GenerateCommandTest {

    private static final String CONVENTION = "examples/workspace/Val-d-Exemple/ctg-val-d-exemple-2025-2029.ctg";
    private static final String TARGET = "releng/org.ctgstudio.cli.tests/target/generate/";
    private static final Pattern FRENCH_AMOUNT = Pattern.compile("\\d{1,3}([\\u00A0 ]\\d{3})*,\\d{2}\\u00A0?\\s?\u20AC");

    @BeforeAll
    static void cleanOutputs() throws IOException {
        Path folder = Cli.root().resolve(TARGET);
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
    }

    @Test
    void docxOfTheExampleHasPartiesFichesAmountsAndPictures() throws Exception {
        Cli.Run run = Cli.run("generate", CONVENTION, "--default", "convention", "--format", "docx", "--out",
                TARGET + "convention.docx");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(TARGET + "convention.docx : DOCX de la convention \u00AB CTG du Val d'Exemple 2025-2029 \u00BB "
                + "\u00E0 partir du mod\u00E8le convention.docx, d\u00E9finitif.\n", run.out().replace("\r", ""),
                run.toString());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(Cli.root().resolve(TARGET
                + "convention.docx"))); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (String party : List.of("Caf de l'Exemple", "Communaut\u00E9 de communes du Val d'Exemple",
                    "Commune de Bourg-d'Exemple")) {
                assertTrue(text.contains(party), party);
            }
            List<String> titles = actionTitles();
            assertEquals(12, titles.size());
            for (String title : titles) {
                assertTrue(text.contains(title), "fiche action " + title);
            }
            assertTrue(FRENCH_AMOUNT.matcher(text).find(), "an amount written the French way");
            assertFalse(text.contains("PROJET"), "a final document");
            assertFalse(document.getAllPictures().isEmpty(), "the diagram's picture");
        }
    }

    @Test
    void odtPdfAndWorkbookAreWritten() throws Exception {
        Cli.Run odt = Cli.run("generate", CONVENTION, "--default", "suivi", "--format", "odt", "--out", TARGET);
        assertEquals(0, odt.exitCode(), odt.toString());
        Path odtFile = Cli.root().resolve(TARGET + "ctg-val-d-exemple-2025-2029.odt");
        try (ZipFile zip = new ZipFile(odtFile.toFile())) {
            assertTrue(zip.getEntry("content.xml") != null, "an ODF document");
        }
        Cli.Run pdf = Cli.run("generate", CONVENTION, "--default", "avenant", "--format", "pdf", "--out",
                TARGET + "avenant.pdf", "--draft");
        assertEquals(0, pdf.exitCode(), pdf.toString());
        assertTrue(pdf.out().contains("projet marqu\u00E9 \u00AB PROJET \u00BB"), pdf.out());
        byte[] start = Files.readAllBytes(Cli.root().resolve(TARGET + "avenant.pdf"));
        assertEquals("%PDF", new String(start, 0, 4, StandardCharsets.US_ASCII));

        Cli.Run xlsx = Cli.run("generate", CONVENTION, "--format", "xlsx", "--out", TARGET + "plan.xlsx");
        assertEquals(0, xlsx.exitCode(), xlsx.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(Cli.root().resolve(TARGET
                + "plan.xlsx")))) {
            XSSFSheet plan = workbook.getSheetAt(0);
            assertEquals(13, plan.getPhysicalNumberOfRows(), "a header and one row per fiche action");
            boolean numeric = false;
            for (var cell : plan.getRow(1)) {
                numeric |= cell.getCellType() == CellType.NUMERIC;
            }
            assertTrue(numeric, "typed cells (dates, amounts)");
        }
    }

    @Test
    void plainJavaGeneratesTheSameDocument() throws Exception {
        Cli.Run run = Cli.plain("generate", CONVENTION, "--default", "convention", "--format", "docx", "--out",
                TARGET + "plain.docx");
        assertEquals(0, run.exitCode(), run.toString());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(Cli.root().resolve(TARGET
                + "plain.docx"))); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertTrue(extractor.getText().contains(actionTitles().get(0)), "the fiches actions");
            assertFalse(document.getAllPictures().isEmpty(), "the diagram's picture");
        }
    }

    @Test
    void brokenTemplateIsLocatedAndWritesNothing() throws Exception {
        Path broken = Cli.root().resolve(TARGET + "modele-casse.docx");
        rewrite(Cli.root().resolve("bundles/org.ctgstudio.docgen/templates/convention.docx"), broken,
                "${territoire.type}", "${territoire.typeInconnu}");
        Cli.Run run = Cli.run("generate", CONVENTION, "--template", TARGET + "modele-casse.docx", "--format", "docx",
                "--out", TARGET + "casse.docx");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(TARGET + "modele-casse.docx: erreur: ") && run.err().contains("typeInconnu")
                && run.err().contains("paragraphe"), run.toString());
        assertTrue(run.err().strip().endsWith("Aucun document \u00E9crit : le mod\u00E8le " + TARGET
                + "modele-casse.docx comporte 1 erreur."), run.toString());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.toString());
        assertFalse(Files.exists(Cli.root().resolve(TARGET + "casse.docx")), "nothing written");
    }

    @Test
    void conventionWithErrorsNeedsDraft() throws Exception {
        Cli.Run refused = Cli.run("generate", "examples/variants/sans-caf.ctg", "--default", "convention", "--format",
                "docx", "--out", TARGET + "sans-caf.docx");
        assertEquals(2, refused.exitCode(), refused.toString());
        Cli.assertOneLine(refused);
        assertTrue(refused.err().contains("le document d\u00E9finitif est refus\u00E9") && refused.err().contains(
                "--draft"), refused.toString());
        assertFalse(Files.exists(Cli.root().resolve(TARGET + "sans-caf.docx")));

        Cli.Run draft = Cli.run("generate", "examples/variants/sans-caf.ctg", "--default", "convention", "--format",
                "docx", "--out", TARGET + "sans-caf.docx", "--draft");
        assertEquals(0, draft.exitCode(), draft.toString());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(Cli.root().resolve(TARGET
                + "sans-caf.docx"))); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertTrue(extractor.getText().contains("PROJET"), "marked as a draft");
        }
    }

    @Test
    void userErrorsAreOneLineWithTheirExitCode() throws Exception {
        Path damaged = Cli.root().resolve(TARGET + "abimee.ctg");
        String text = Files.readString(Cli.root().resolve(CONVENTION), StandardCharsets.UTF_8);
        Files.writeString(damaged, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        String[][] cases = {
            {"3", TARGET + "abimee.ctg", "--default", "convention", "--format", "docx", "--out", TARGET + "a.docx"},
            {"3", CONVENTION, "--template", TARGET + "absent.docx", "--format", "docx", "--out", TARGET + "b.docx"},
            {"2", "examples/workspace/Val-d-Exemple/modele-ctg-caf-exemple.ctgt", "--default", "convention",
                "--format", "docx", "--out", TARGET + "c.docx"},
            {"64", CONVENTION, "--default", "convention", "--format", "rtf", "--out", TARGET + "d.rtf"},
            {"64", CONVENTION, "--format", "docx", "--out", TARGET + "e.docx"},
            {"64", CONVENTION, "--default", "lettre", "--format", "docx", "--out", TARGET + "f.docx"},
            {"64", CONVENTION, "--default", "convention", "--format", "pdf", "--out", TARGET + "g.docx"},
            {"64", CONVENTION, "--default", "convention", "--template", "x.docx", "--format", "docx", "--out",
                TARGET + "h.docx"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "generate";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            Cli.Run run = Cli.run(args);
            assertEquals(Integer.parseInt(c[0]), run.exitCode(), run.toString());
            Cli.assertOneLine(run);
            String out = args[args.length - 1];
            assertFalse(Files.exists(Cli.root().resolve(out)), "nothing written: " + out);
        }
        Cli.Run unreadable = Cli.run("generate", TARGET + "abimee.ctg", "--default", "convention", "--format", "docx",
                "--out", TARGET + "a.docx");
        assertTrue(unreadable.err().startsWith(TARGET + "abimee.ctg, ligne "), unreadable.toString());
    }

    private static List<String> actionTitles() throws IOException {
        String text = Files.readString(Cli.root().resolve(CONVENTION), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("<actions [^>]*?title=\"([^\"]*)\"").matcher(text);
        List<String> titles = new java.util.ArrayList<>();
        while (matcher.find()) {
            titles.add(matcher.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return titles;
    }

    /** A copy of a DOCX whose document.xml has {@code from} replaced by {@code to}. */
    private static void rewrite(Path source, Path target, String from, String to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    replaced = xml.contains(from);
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertTrue(replaced, source + " has " + from);
        Files.write(target, bytes.toByteArray());
    }
}
