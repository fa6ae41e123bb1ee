package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default convention's wording, as a PDF review found it: the parties' representatives in a sentence, the
 * signatures' table, a fiche without funding plan, the evaluation dates.
 */
class ConventionWordingTest {

    @TempDir
    Path folder;

    private Path docx(GlobalTerritorialAgreement convention) throws Exception {
        return DocumentGenerator.generate(GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(true),
                OutputFormat.DOCX, folder.resolve("convention-" + System.nanoTime() + ".docx"))).output();
    }

    @Test
    void aRepresentativeNamedByItsTitleReadsInTheSentence() throws Exception {
        try (XWPFDocument doc = Documents.open(docx(Examples.convention()))) {
            String text = String.join("\n", Documents.texts(doc));
            assertTrue(text.contains("représenté(e) par le maire de Bourg-d'Exemple"), text);
            assertFalse(text.contains("par Le maire"), "no capital article inside the sentence");
            assertTrue(text.contains("représenté(e) par Mme Claire Modèle"), "a person's name is kept as written");
        }
    }

    @Test
    void theSignaturesTableDoesNotRepeatTheTitle() throws Exception {
        try (XWPFDocument doc = Documents.open(docx(Examples.convention()))) {
            String text = String.join("\n", Documents.texts(doc));
            assertFalse(text.contains("Le maire de Bourg-d'Exemple, Maire"), "the title once");
            assertTrue(text.contains("\nLe maire de Bourg-d'Exemple\n"), "the representative alone in its cell");
            assertTrue(text.contains("Mme Claire Modèle et M. Paul Gabarit, Présidente du conseil d'administration"),
                    "a person's capacity still follows the name");
        }
    }

    /** A signatory signs by hand and stamps: each row of the signatures' table is at least 2.5 cm high, in both. */
    @Test
    void theSignaturesTableLeavesRoomToSign() throws Exception {
        GlobalTerritorialAgreement convention = Examples.convention();
        try (XWPFDocument doc = Documents.open(docx(convention))) {
            String text = String.join("\n", Documents.texts(doc));
            XWPFTable signatures = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Signataire")).findFirst().orElseThrow();
            assertEquals(Integer.parseInt(copies(text)) + 1, signatures.getNumberOfRows(), "one row per signatory");
            for (XWPFTableRow row : signatures.getRows().subList(1, signatures.getNumberOfRows())) {
                assertTrue(row.getHeight() >= 1417, row.getCell(0).getText() + ": " + row.getHeight() + " twips");
                assertEquals(TableRowHeightRule.AT_LEAST, row.getHeightRule(), "the row grows with its text");
            }
        }
        Path odt = DocumentGenerator.generate(GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(false),
                OutputFormat.ODT, folder.resolve("convention.odt"))).output();
        String content = Documents.part(odt, "content.xml");
        assertTrue(content.contains("<style:style style:name=\"Signature\" style:family=\"table-row\">"
                + "<style:table-row-properties style:min-row-height=\"2.5cm\""), "the signatures' row style");
        int rows = content.split("<table:table-row table:style-name=\"Signature\"", -1).length - 1;
        assertEquals(Integer.parseInt(copies(content)), rows, "every signatory's row has it");
    }

    private static String copies(String text) {
        Matcher copies = Pattern.compile("Fait en (\\d+) exemplaires originaux").matcher(text);
        assertTrue(copies.find(), text);
        return copies.group(1);
    }

    @Test
    void aFicheWithoutFundingHasNoEmptyFundingTable() throws Exception {
        GlobalTerritorialAgreement convention = Examples.convention();
        Action action = convention.getActions().get(0);
        convention.getFundings().removeIf(f -> f.getAction() == action);
        try (XWPFDocument doc = Documents.open(docx(convention))) {
            List<IBodyElement> body = doc.getBodyElements();
            boolean found = false;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p
                        && p.getText().equals("Pas de plan de financement détaillé pour cette fiche.")) {
                    found = true;
                    assertTrue(body.get(i - 1) instanceof XWPFParagraph heading
                            && heading.getText().equals("Plan de financement"), "no table between: " + body.get(i - 1));
                }
                if (body.get(i) instanceof XWPFTable t && t.getRow(0).getCell(0).getText().equals("Dispositif")) {
                    assertTrue(t.getNumberOfRows() > 1, "a funding table has lines");
                }
            }
            assertTrue(found, "FA01 has no funding plan any more");
        }
    }

    @Test
    void evaluationDatesDoNotWrap() throws Exception {
        assertTrue(LibreOffice.installed(), LibreOfficeRun.MISSING);
        GlobalTerritorialAgreement convention = Examples.convention();
        Path pdf = DocumentGenerator.generate(GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(true),
                OutputFormat.PDF, folder.resolve("convention.pdf"))).output();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            int annex = text.lastIndexOf("Questions évaluatives");
            assertTrue(annex > 0, "the evaluation table");
            String table = text.substring(annex);
            for (String date : List.of("31/03/2026", "26/03/2026", "31/03/2027")) {
                assertTrue(table.contains(date), date + " on one line in: " + table);
            }
        }
    }
}
