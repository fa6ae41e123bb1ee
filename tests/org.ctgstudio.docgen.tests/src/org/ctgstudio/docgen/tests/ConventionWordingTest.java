package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
