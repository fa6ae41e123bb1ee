package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.Finality;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.Pictures;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every default template's DOCX and ODT output, draft and final, opens in LibreOffice (headless, the running
 * instance): LibreOffice loads it and lays it out as PDF pages; a document it cannot read fails the conversion.
 */
class LibreOfficeOpensTheOutputsTest {

    private static GlobalTerritorialAgreement convention;

    @TempDir
    Path folder;

    @BeforeAll
    static void requireLibreOffice() throws Exception {
        assertTrue(LibreOffice.installed(), LibreOfficeRun.MISSING);
        convention = Examples.convention();
    }

    @Test
    void everyDefaultTemplateOutputOpens() throws Exception {
        for (DefaultTemplate template : DefaultTemplate.values()) {
            for (boolean docx : new boolean[] {true, false}) {
                for (Finality finality : new Finality[] {Finality.DRAFT, Finality.AUTOMATIC}) {
                    String name = template.fileName(docx) + "-" + finality;
                    GenerationResult document = DocumentGenerator.generate(GenerationRequest.of(convention,
                            template.load(docx), docx ? org.ctgstudio.docgen.OutputFormat.DOCX
                                    : org.ctgstudio.docgen.OutputFormat.ODT, folder.resolve(name))
                            .withFinality(finality, false)
                            .withPictures(Pictures.none().with("plan_actions", Documents.picture())));
                    byte[] pdf = LibreOffice.shared().toPdf(Files.readAllBytes(document.output()), docx);
                    try (PDDocument laidOut = Loader.loadPDF(pdf)) {
                        assertTrue(laidOut.getNumberOfPages() > 0, name);
                    }
                }
            }
        }
    }
}
