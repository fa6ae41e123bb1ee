package org.ctgstudio.extension.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.fragments.Contribution;
import org.ctgstudio.example.extension.departement.DepartementFactory;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.example.extension.documents.DepartementFragments;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the example extension installed, its annex « Financements départementaux » is in the default convention, DOCX
 * (read back with POI) and ODT, with the departmental line's values. Without it (org.ctgstudio.docgen.tests,
 * FragmentsTest) the slot prints nothing.
 */
class ExampleFragmentTest {

    private static final String NBSP = "\u00A0";
    private GlobalTerritorialAgreement ctg;
    private Action action;

    @TempDir
    Path folder;

    @BeforeEach
    void load() throws Exception {
        ctg = Examples.convention();
        action = ctg.getActions().get(2);
        DepartmentalFunding funding = DepartementFactory.eINSTANCE.createDepartmentalFunding();
        funding.setScheme("Fonds départemental d'appui à la parentalité");
        funding.setCouncilDecision("CP-2025-114");
        funding.setSource(FundingSource.DEPARTMENT);
        funding.setYear(2026);
        funding.setAmount(new BigDecimal("12000"));
        funding.setFunder(ctg.getFundings().get(0).getFunder());
        funding.setAction(action);
        ctg.getFundings().add(funding);
    }

    @Test
    void theExampleContributesItsFragmentThroughTheExtensionPoint() {
        assertTrue(Contribution.installed().stream().anyMatch(c -> c.plugin().equals("org.ctgstudio.example.extension")
                && c.provider() instanceof DepartementFragments), Contribution.installed().toString());
    }

    @Test
    void theDocxConventionHasTheDepartmentalAnnexWithTheLine() throws Exception {
        GenerationResult result = generate(true);
        assertTrue(result.warnings().stream().noneMatch(w -> w.kind() == TemplateProblem.Kind.FRAGMENT),
                result.warnings().toString());
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(result.output())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        int annex = text.lastIndexOf("Financements départementaux");
        assertTrue(annex > text.indexOf("Fiche action"), "an annex after the others: " + text);
        String part = text.substring(annex);
        for (String value : values()) {
            assertTrue(part.contains(value), value + " in " + part);
        }
        assertTrue(text.contains("\u2013 Financements départementaux"), "listed with the annexes");
    }

    @Test
    void theOdtConventionHasTheDepartmentalAnnexWithTheLine() throws Exception {
        // the text without its markup (XDocReport writes an apostrophe in a span of its own)
        String content = entry(generate(false).output(), "content.xml").replaceAll("<[^>]+>", "")
                .replace("&apos;", "'");
        int annex = content.lastIndexOf("Financements départementaux");
        assertTrue(annex > 0, "the annex's title");
        for (String value : values()) {
            assertTrue(content.indexOf(value, annex) > 0, value + " in " + content.substring(annex));
        }
    }

    private List<String> values() {
        return List.of("Fonds départemental d'appui à la parentalité", "CP-2025-114",
                ctg.getFundings().get(0).getFunder().getName(), "2026", "12" + NBSP + "000,00" + NBSP + "\u20AC",
                action.getNumber() + " \u2013 " + action.getTitle());
    }

    private GenerationResult generate(boolean docx) throws Exception {
        Path out = folder.resolve(docx ? "convention.docx" : "convention.odt");
        return DocumentGenerator.generate(GenerationRequest.of(ctg, DefaultTemplate.CONVENTION.load(docx),
                docx ? OutputFormat.DOCX : OutputFormat.ODT, out));
    }

    private static String entry(Path file, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + file);
    }
}
