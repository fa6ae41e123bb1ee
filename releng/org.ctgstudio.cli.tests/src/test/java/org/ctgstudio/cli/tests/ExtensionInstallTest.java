package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The example extension installed into a copy of the materialised product from the build's p2 repository by the p2
 * director (this module's POM, as a user installs a plugin developer's extension): the command line of that copy
 * reads conventions that use its class, runs its rule, draws its layer of the Plan d'actions and writes its annex in
 * the generated convention; the product without it does not know the class.
 */
class ExtensionInstallTest {

    private static final String EXTENSION = "org.ctgstudio.example.extension";
    private static final String CONVENTION = "ctg-val-d-exemple-2025-2029.ctg";
    private static Path folder;

    private static Path extended() {
        Path product = Path.of(System.getProperty("ctg.extendedProduct", "")).toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(product.resolve("ctgstudio")), "no product with the extension in " + product);
        return product;
    }

    /** A copy of the example's folder whose convention has a departmental funding line (a wrong source). */
    @BeforeAll
    static void conventionWithADepartmentalFunding() throws Exception {
        folder = Files.createDirectories(Cli.root().resolve("releng/org.ctgstudio.cli.tests/target/extension"));
        try (var files = Files.list(Cli.root().resolve("examples/workspace/Val-d-Exemple"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path convention = folder.resolve(CONVENTION);
        String text = Files.readString(convention);
        Matcher action = Pattern.compile("<actions xmi:id=\"([^\"]+)\"").matcher(text);
        assertTrue(action.find());
        text = text.replaceFirst("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
                "$0 xmlns:dep=\"http://ctgstudio.org/example/departement/1.0\"");
        int fundings = text.indexOf("  <fundings ");
        text = text.substring(0, fundings) + "  <fundings xsi:type=\"dep:DepartmentalFunding\" xmi:id=\"_dep-1\""
                + " source=\"LOCAL_AUTHORITY\" funder=\"referentiel-caf-exemple.ctgw#_8916a13b-996a-57ed-8e8c-03d201b22d7d\""
                + " beneficiary=\"referentiel-caf-exemple.ctgw#_d15a4e2c-e306-50b0-86f6-037815ddad02\" year=\"2026\""
                + " amount=\"12000\" action=\"" + action.group(1) + "\" scheme=\"Fonds d'appui à la parentalité\""
                + " councilDecision=\"CP-2025-114\"/>\n" + text.substring(fundings);
        Files.writeString(convention, text);
    }

    @Test
    void theDirectorInstalledItIntoTheCopyOnly() throws Exception {
        String bundles = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
        assertTrue(Files.readString(extended().resolve(bundles)).contains("\n" + EXTENSION + ","));
        assertFalse(Files.readString(Cli.product().resolve(bundles)).contains(EXTENSION));
        try (var plugins = Files.list(extended().resolve("plugins"))) {
            assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith(EXTENSION + "_")));
        }
    }

    @Test
    void itsRuleRunsOnTheCommandLine() throws Exception {
        Cli.Run run = Cli.runProduct(extended(), Map.of(), folder, "validate", CONVENTION, "--format", "json");
        JsonObject report = run.json();
        assertEquals(0, report.getAsJsonObject("summary").get("loadProblems").getAsInt(), run.toString());
        List<JsonObject> findings = new ArrayList<>();
        for (JsonElement finding : report.getAsJsonArray("findings")) {
            if (finding.getAsJsonObject().get("ruleId").getAsString().equals("EXDEP-FIN-01")) {
                findings.add(finding.getAsJsonObject());
            }
        }
        assertEquals(1, findings.size(), run.toString());
        assertEquals("_dep-1", findings.get(0).get("elementId").getAsString());
        assertEquals("warning", findings.get(0).get("severity").getAsString());
        assertEquals("Financement départemental Fonds d'appui à la parentalité",
                findings.get(0).get("element").getAsString());

        Cli.Run without = Cli.run(Map.of(), folder, "validate", CONVENTION, "--format", "json");
        assertTrue(without.json().getAsJsonObject("summary").get("loadProblems").getAsInt() > 0, without.toString());
        assertTrue(without.out().contains("http://ctgstudio.org/example/departement/1.0"),
                "the product without it names the unknown model: " + without);
        assertFalse(without.out().contains("EXDEP-FIN-01"));
    }

    @Test
    void itsAnnexIsInTheGeneratedConvention() throws Exception {
        Path docx = folder.resolve("convention.docx");
        Files.deleteIfExists(docx);
        Cli.Run run = Cli.runProduct(extended(), Map.of(), folder, "generate", CONVENTION, "--default", "convention",
                "--format", "docx", "--out", "convention.docx");
        assertEquals(0, run.exitCode(), run.toString());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("Financements départementaux"), "the example's annex: " + text);
            assertTrue(text.contains("Fonds d'appui à la parentalité") && text.contains("CP-2025-114"), text);
        }
    }

    @Test
    void itsLayerIsDrawnInThePlanDActions() throws Exception {
        Path svg = folder.resolve("plan-actions.svg");
        Files.deleteIfExists(svg);
        Cli.Run run = Cli.runProduct(extended(), Map.of(), folder, "export-diagram", CONVENTION,
                "--representation", "plan-actions", "--format", "svg", "--out", "plan-actions.svg");
        assertEquals(0, run.exitCode(), run.toString());
        String texts = ExportDiagramCommandTest.texts(svg);
        assertTrue(texts.contains("Département – Fonds d'appui à la parentalité 12"), texts);
    }
}
