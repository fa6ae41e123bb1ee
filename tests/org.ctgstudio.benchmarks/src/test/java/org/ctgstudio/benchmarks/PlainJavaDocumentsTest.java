package org.ctgstudio.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document generation works in plain Java, without OSGi, as the command line and the benchmark use it. */
class PlainJavaDocumentsTest {

    @TempDir
    Path temp;

    @Test
    void generatesWordAndWorkbookWithoutOsgi() throws Exception {
        GlobalTerritorialAgreement convention = SyntheticModels.convention(12);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // documents stay French whatever the user's language
        GenerationResult docx;
        try {
            docx = DocumentGenerator.generate(GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(true),
                    OutputFormat.DOCX, temp.resolve("convention.docx")));
        } finally {
            Locale.setDefault(before);
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx.output()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Fiche action FA12 \u2013 Fiche action 12"), "the twelfth fiche");
            assertTrue(text.contains("En cours"), "French status labels (FA01 is in progress)");
            assertFalse(text.contains("${"), "every field filled in");
        }
        GenerationResult odt = DocumentGenerator.generate(GenerationRequest.of(convention,
                DefaultTemplate.SUIVI_ANNUEL.load(false), OutputFormat.ODT, temp.resolve("suivi.odt")));
        assertTrue(Files.size(odt.output()) > 0);
        GenerationResult xlsx = DocumentGenerator.generate(GenerationRequest.of(convention, null, OutputFormat.XLSX,
                temp.resolve("plan.xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx.output()))) {
            assertEquals(12, book.getSheet("Plan d'actions").getLastRowNum());
        }
    }
}
