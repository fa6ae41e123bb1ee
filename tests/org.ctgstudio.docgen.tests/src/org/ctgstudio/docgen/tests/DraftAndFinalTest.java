package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.Finality;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While validation finds errors, documents are drafts marked « PROJET » and the final one is refused unless forced. */
class DraftAndFinalTest {

    private static GlobalTerritorialAgreement valid;
    private static GlobalTerritorialAgreement withErrors;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        valid = Examples.convention();
        // examples/variants: the convention without its Caf party (CTG-SIG-01, an error)
        withErrors = Examples.load(Examples.variant("sans-caf"), GlobalTerritorialAgreement.class);
    }

    private GenerationResult generate(GlobalTerritorialAgreement agreement, TemplateFile template, Finality finality,
            boolean insist) throws Exception {
        Path out = folder.resolve("doc." + template.nativeFormat().extension());
        return DocumentGenerator.generate(GenerationRequest.of(agreement, template, template.nativeFormat(), out)
                .withFinality(finality, insist));
    }

    @Test
    void errorsMakeADraftMarkedProjet() throws Exception {
        GenerationResult result = generate(withErrors, DefaultTemplate.CONVENTION.load(true), Finality.AUTOMATIC,
                false);
        assertTrue(result.draft() && result.validationErrors() > 0);
        try (XWPFDocument doc = Documents.open(result.output())) {
            assertTrue(Documents.headers(doc).contains("PROJET"), "header of every page");
            assertTrue(Documents.texts(doc).get(0).contains("PROJET"), "title page");
        }
        String odt = Documents.part(generate(withErrors, DefaultTemplate.CONVENTION.load(false), Finality.AUTOMATIC,
                false).output(), "styles.xml");
        assertTrue(odt.contains("PROJET"), "ODT page header");
    }

    @Test
    void noErrorsMakeTheFinalDocument() throws Exception {
        GenerationResult result = generate(valid, DefaultTemplate.CONVENTION.load(true), Finality.AUTOMATIC, false);
        assertFalse(result.draft());
        try (XWPFDocument doc = Documents.open(result.output())) {
            assertFalse(Documents.headers(doc).contains("PROJET"));
            assertFalse(String.join(" ", Documents.texts(doc)).contains("PROJET"));
        }
    }

    @Test
    void finalIsRefusedWhileErrorsRemainUnlessTheUserInsists() throws Exception {
        TemplateFile template = DefaultTemplate.CONVENTION.load(true);
        Path out = folder.resolve("doc.docx");
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentGenerator.generate(
                GenerationRequest.of(withErrors, template, OutputFormat.DOCX, out).withFinality(Finality.FINAL, false)));
        // the variant's one error (CTG-SIG-01), in the singular
        assertTrue(e.getMessage().startsWith("La convention comporte 1 erreur de validation : le document définitif "
                + "est refusé tant qu'elle n'est pas corrigée. Générez un projet, corrigez-la, ou confirmez")
                && e.getMessage().contains("Caf"), e.getMessage());
        assertFalse(Files.exists(out));
        GenerationResult forced = generate(withErrors, template, Finality.FINAL, true);
        assertFalse(forced.draft(), "the user insisted");
        assertTrue(forced.validationErrors() > 0);
    }

    @Test
    void aDraftIsAlwaysMarkedEvenWhenTheTemplateForgetsIt() throws Exception {
        TemplateFile bare = Documents.docx("sans-mention.docx", "Convention ${convention.intitule}");
        GenerationResult docx = generate(valid, bare, Finality.DRAFT, false);
        try (XWPFDocument doc = Documents.open(docx.output())) {
            assertTrue(Documents.texts(doc).get(0).startsWith("PROJET"), Documents.texts(doc).toString());
        }
        TemplateFile odt = Documents.edited(DefaultTemplate.AVENANT.load(false), "content.xml",
                xml -> xml.replace("${document.mention}", ""));
        odt = Documents.edited(odt, "styles.xml", xml -> xml.replace("${document.mention}", ""));
        String content = Documents.part(generate(valid, odt, Finality.DRAFT, false).output(), "content.xml");
        assertTrue(content.contains(">PROJET \u2013 document non d\u00E9finitif</text:p>"), "banner paragraph");
    }
}
