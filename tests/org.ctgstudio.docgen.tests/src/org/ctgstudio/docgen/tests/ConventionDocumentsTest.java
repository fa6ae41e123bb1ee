package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationMonitor;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.Pictures;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example convention (Val d'Exemple) generated from the default templates and read back: DOCX with POI, ODT as
 * XML, PDF with PDFBox, the workbook with POI.
 */
class ConventionDocumentsTest {

    private static final String NBSP = "\u00A0";
    private static GlobalTerritorialAgreement convention;
    private static byte[] picture;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        convention = Examples.convention();
        picture = Documents.picture();
    }

    private GenerationResult generate(DefaultTemplate template, boolean docx, OutputFormat format) throws Exception {
        Path out = folder.resolve("convention." + format.extension());
        return DocumentGenerator.generate(GenerationRequest.of(convention, template.load(docx), format, out)
                .withPictures(Pictures.none().with("plan_actions", picture)));
    }

    @Test
    void docxHasEveryPartyEveryFicheWithItsIndicatorsFrenchAmountsAndThePicture() throws Exception {
        GenerationResult result = generate(DefaultTemplate.CONVENTION, true, OutputFormat.DOCX);
        assertFalse(result.draft(), "the example convention validates without error: final document");
        try (XWPFDocument doc = Documents.open(result.output())) {
            String text = String.join("\n", Documents.texts(doc));
            for (AgreementParty party : convention.getParties()) {
                assertTrue(text.contains(party.getOrganisation().getName()), party.getOrganisation().getName());
            }
            for (Action action : convention.getActions()) {
                XWPFTable indicators = indicatorTableAfter(doc, "Fiche action " + action.getNumber() + " \u2013 "
                        + action.getTitle());
                String table = indicators.getText();
                for (Indicator indicator : action.getIndicators()) {
                    assertTrue(table.contains(indicator.getCode()) && table.contains(indicator.getLabel()),
                            action.getNumber() + " indicator " + indicator.getCode());
                }
                assertEquals(action.getIndicators().size() + 1, indicators.getNumberOfRows(), action.getNumber());
            }
            assertTrue(text.contains("620" + NBSP + "000,00" + NBSP + "\u20AC"), "FA01's budget in French");
            assertTrue(text.contains("1er janvier 2025") && text.contains("31 d\u00E9cembre 2029"), "French dates");
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertTrue(pictures.stream().anyMatch(p -> Arrays.equals(picture, p.getData())), "the plan's picture");
            assertFalse(text.contains("${") || text.contains("[#") || text.contains("@before-row"),
                    "no field left as text");
        }
    }

    /** The indicator table of a fiche: the first table after its heading whose header says « Indicateur ». */
    private static XWPFTable indicatorTableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().strip().equals(heading)) {
                seen = true;
            } else if (seen && element instanceof XWPFTable t && t.getRow(0).getCell(1).getText().equals("Indicateur")) {
                return t;
            }
        }
        throw new AssertionError("no indicator table after « " + heading + " »");
    }

    @Test
    void odtIsProducedWithEveryFiche() throws Exception {
        GenerationResult result = generate(DefaultTemplate.CONVENTION, false, OutputFormat.ODT);
        String content = Documents.part(result.output(), "content.xml").replace("&apos;", "'").replace("&quot;", "\"");
        assertEquals("application/vnd.oasis.opendocument.text", Documents.part(result.output(), "mimetype"));
        for (Action action : convention.getActions()) {
            assertTrue(content.contains(action.getTitle()), action.getNumber());
        }
        assertFalse(content.contains("${"), "no field left as text");
        assertTrue(content.contains("Pictures/"), "the plan's picture");
        List<String> tables = java.util.regex.Pattern.compile("<table:table\\b[^>]*?\\btable:name=\"([^\"]*)\"")
                .matcher(content).results().map(m -> m.group(1)).toList();
        assertTrue(tables.size() > 2 * convention.getActions().size(), "the fiches' tables: " + tables.size());
        assertEquals(tables.size(), new java.util.HashSet<>(tables).size(), "each table its own name: " + tables);
    }

    @Test
    void pdfTextHasTheActionTitles() throws Exception {
        assertTrue(LibreOffice.installed(), LibreOfficeRun.MISSING);
        for (boolean docx : new boolean[] {true, false}) {
            GenerationResult result = generate(DefaultTemplate.CONVENTION, docx, OutputFormat.PDF);
            try (PDDocument pdf = Loader.loadPDF(result.output().toFile())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(pdf.getNumberOfPages() > convention.getActions().size(), "a page per fiche at least");
                for (Action action : convention.getActions()) {
                    assertTrue(text.contains(action.getTitle().replaceAll("\\s+", " ")),
                            (docx ? "DOCX" : "ODT") + " -> PDF: " + action.getTitle());
                }
            }
        }
    }

    @Test
    void workbookHasOneTypedRowPerAction() throws Exception {
        GenerationResult result = DocumentGenerator.generate(GenerationRequest.of(convention, null, OutputFormat.XLSX,
                folder.resolve("plan.xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(result.output()))) {
            XSSFSheet actions = book.getSheet("Plan d'actions");
            assertNotNull(actions);
            assertEquals(convention.getActions().size(), actions.getLastRowNum(), "one row per action");
            assertNotNull(actions.getPaneInformation(), "frozen header");
            assertTrue(actions.getCTWorksheet().isSetAutoFilter(), "filters");
            for (int r = 1; r <= actions.getLastRowNum(); r++) {
                Row row = actions.getRow(r);
                Action action = convention.getActions().get(r - 1);
                assertEquals(action.getNumber(), row.getCell(0).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(8).getCellType(), "start date is a date");
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(8)));
                assertEquals(action.getStartDate(), row.getCell(8).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(action.getPlannedBudget().doubleValue(), row.getCell(10).getNumericCellValue(), 0.001);
                assertTrue(row.getCell(10).getCellStyle().getDataFormatString().contains("\u20AC"), "amount in euros");
            }
            XSSFSheet indicators = book.getSheet("Indicateurs");
            long count = convention.getActions().stream().mapToLong(a -> a.getIndicators().size()).sum();
            assertEquals(count, indicators.getLastRowNum(), "one row per indicator");
            assertTrue(indicators.getRow(1).getCell(10) == null
                    || indicators.getRow(1).getCell(10).getCellStyle().getDataFormatString().contains("%"));
        }
    }

    @Test
    void followUpReportAndAmendmentAreGenerated() throws Exception {
        for (DefaultTemplate template : List.of(DefaultTemplate.SUIVI_ANNUEL, DefaultTemplate.AVENANT)) {
            for (boolean docx : new boolean[] {true, false}) {
                GenerationResult result = generate(template, docx, docx ? OutputFormat.DOCX : OutputFormat.ODT);
                assertTrue(Files.size(result.output()) > 0, template + " " + docx);
            }
        }
        try (XWPFDocument doc = Documents.open(generate(DefaultTemplate.SUIVI_ANNUEL, true, OutputFormat.DOCX)
                .output())) {
            String text = String.join("\n", Documents.texts(doc));
            Indicator first = convention.getActions().get(0).getIndicators().get(0);
            assertTrue(text.contains(first.getLabel()), "indicators against their targets");
        }
    }

    @Test
    void aPictureRepeatedByALoopGetsADistinctDrawingIdEachTime() throws Exception {
        TemplateFile template = Documents.docx("boucle-image.docx", doc -> {
            XWPFParagraph open = doc.createParagraph();
            open.createRun().setText("Fiches");
            Documents.mergeField(open, "[#list convention.fiches as fiche]");
            XWPFParagraph picture = doc.createParagraph();
            picture.getCTP().addNewBookmarkStart().setName("diagramme_plan_actions");
            picture.getCTP().getBookmarkStartArray(0).setId(java.math.BigInteger.ONE);
            try {
                picture.createRun().addPicture(new java.io.ByteArrayInputStream(Documents.picture()),
                        org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "image.png", Units.toEMU(200),
                        Units.toEMU(100));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            picture.getCTP().addNewBookmarkEnd().setId(java.math.BigInteger.ONE);
            XWPFParagraph close = doc.createParagraph();
            close.createRun().setText("${fiche.numero}");
            Documents.mergeField(close, "[/#list]");
        });
        Path out = folder.resolve("images.docx");
        DocumentGenerator.generate(GenerationRequest.of(convention, template, OutputFormat.DOCX, out)
                .withPictures(Pictures.none().with("plan_actions", picture)));
        String xml = Documents.part(out, "word/document.xml");
        List<String> ids = java.util.regex.Pattern.compile("<wp:docPr\\b[^>]*?\\bid=\"(\\d+)\"").matcher(xml).results()
                .map(m -> m.group(1)).toList();
        assertEquals(convention.getActions().size(), ids.size(), "one picture per fiche");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "distinct ids: " + ids);
    }

    @Test
    void aCancelledGenerationWritesNothing() throws Exception {
        Path out = folder.resolve("annule.pdf");
        List<String> steps = new java.util.ArrayList<>();
        GenerationMonitor cancelAtMerge = new GenerationMonitor() {
            @Override
            public void step(String task, int percent) {
                steps.add(task);
            }

            @Override
            public boolean cancelled() {
                return steps.size() >= 3; // after the check, the validation and the data
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class, () -> DocumentGenerator.generate(
                GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(true), OutputFormat.DOCX, out),
                cancelAtMerge));
        assertEquals(List.of("Vérification du modèle", "Validation de la convention", "Lecture de la convention"),
                steps);
        assertFalse(Files.exists(out));
        assertNoTemporaryFile(folder);
    }

    static void assertNoTemporaryFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
