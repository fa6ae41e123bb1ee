package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code ctgstudio validate} on the Val d'Exemple models and the broken variants, through the product. */
class ValidateCommandTest {

    private static final String EXAMPLE = "examples/workspace/Val-d-Exemple";

    private static List<JsonObject> findings(JsonObject report, String ruleId) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement finding : report.getAsJsonArray("findings")) {
            if (finding.getAsJsonObject().get("ruleId").getAsString().equals(ruleId)) {
                found.add(finding.getAsJsonObject());
            }
        }
        return found;
    }

    @Test
    void theExampleHasNoErrorAndTheBriefsCoverageWarnings() throws Exception {
        Cli.Run run = Cli.run("validate", EXAMPLE, "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no message and no progress when stderr is not a terminal");
        JsonObject report = run.json();
        assertEquals(5, report.getAsJsonArray("files").size());
        assertEquals(0, report.getAsJsonObject("summary").get("errors").getAsInt());
        List<String> coverage = findings(report, "CTG-COV-02").stream().map(f -> f.get("message").getAsString())
                .toList();
        assertEquals(3, coverage.size(), coverage.toString());
        assertTrue(coverage.contains("Taux de couverture 2021 : 74,9 % pour une cible de 75 %."), coverage.toString());
        for (JsonElement element : report.getAsJsonArray("findings")) {
            JsonObject finding = element.getAsJsonObject();
            assertTrue(Set.of("error", "warning", "info").contains(finding.get("severity").getAsString()));
            assertTrue(finding.get("ruleId").getAsString().startsWith("CTG-"));
            assertTrue(Files.isRegularFile(Cli.root().resolve(finding.get("file").getAsString())));
            assertFalse(finding.get("elementId").isJsonNull(), finding.toString());
            assertFalse(finding.get("path").getAsString().isBlank());
            assertFalse(finding.getAsJsonArray("sources").isEmpty());
        }
    }

    @Test
    void strictMakesWarningsExitWith1() throws Exception {
        Cli.Run run = Cli.run("validate", EXAMPLE, "--strict");
        assertEquals(1, run.exitCode(), run.toString());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("5 fichiers validés : aucune erreur, \\d+ avertissements?, .*"),
                lines[lines.length - 1]);
    }

    /** Each variant breaks one rule of the brief (as in the validation tests): it is flagged at its severity. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"sans-caf, CTG-SIG-01, error, 2", "echeance-2030, CTG-DUR-02, error, 2",
        "sans-parentalite, CTG-THE-01, error, 2", "diagnostic-9000, CTG-DIA-03, error, 2",
        "fa06-sans-valeur-initiale, CTG-IND-02, error, 2", "castors-verse-cc, CTG-FIN-01, error, 2",
        "lucioles-esquisse, CTG-FIN-05, warning, 0", "alsh-0-10, CTG-FIN-07, error, 2"})
    void eachBrokenVariantIsFlaggedByItsRule(String variant, String rule, String severity, int exitCode)
            throws Exception {
        String file = "examples/variants/" + variant + ".ctg";
        Cli.Run run = Cli.run("validate", file, "--format", "json");
        assertEquals(exitCode, run.exitCode(), run.toString());
        List<JsonObject> flagged = findings(run.json(), rule);
        assertFalse(flagged.isEmpty(), rule + " not reported: " + run.out());
        assertEquals(severity, flagged.get(0).get("severity").getAsString());
        assertEquals(file, flagged.get(0).get("file").getAsString());
        if (exitCode == 0) {
            assertEquals(1, Cli.run("validate", file, "--strict").exitCode(), "warnings with --strict");
        }
    }

    @Test
    void sarifOfTheVariantsIsAValidSarif210Log() throws Exception {
        Cli.Run run = Cli.run("validate", "examples/variants", "--format", "sarif");
        assertEquals(2, run.exitCode(), run.toString());
        JsonArray results = Sarif.assertValid(run.json(), Cli.root());
        List<String> errors = new ArrayList<>();
        for (JsonElement result : results) {
            if (result.getAsJsonObject().get("level").getAsString().equals("error")) {
                errors.add(result.getAsJsonObject().get("ruleId").getAsString());
            }
        }
        assertTrue(errors.containsAll(List.of("CTG-SIG-01", "CTG-DUR-02", "CTG-THE-01", "CTG-DIA-03", "CTG-IND-02",
                "CTG-FIN-01", "CTG-FIN-07")), errors.toString());
    }

    /** Text lines read FILE:LINE: severity: rule: path : message, the line being the element's. */
    @Test
    void textLinesPointAtTheElementsLine() throws Exception {
        Cli.Run run = Cli.run("validate", "examples/variants/sans-caf.ctg");
        assertEquals(2, run.exitCode(), run.toString());
        Matcher line = Pattern.compile("(?m)^(examples/variants/sans-caf\\.ctg):(\\d+): erreur: CTG-SIG-01: "
                + "CTG-00-VALEX-2025 – CTG du Val d'Exemple 2025-2029 : La Caf doit être signataire de la convention\\.$")
                .matcher(run.out());
        assertTrue(line.find(), run.out());
        String text = Files.readAllLines(Cli.root().resolve(line.group(1)), StandardCharsets.UTF_8)
                .get(Integer.parseInt(line.group(2)) - 1);
        assertTrue(text.contains("<ctg:GlobalTerritorialAgreement"), text);
    }

    @Test
    void foldersAndPatternsAreExpanded() throws Exception {
        assertEquals(8, Cli.run("validate", "examples/variants/*.ctg", "--format", "json").json()
                .getAsJsonArray("files").size(), "pattern");
        JsonArray all = Cli.run("validate", "examples", "--format", "json").json().getAsJsonArray("files");
        assertEquals(13, all.size(), "a folder, recursively: " + all);
        assertEquals(64 + 0, Cli.run("validate").exitCode(), "no file given");
        Cli.Run none = Cli.run("validate", "examples/variants/*.ctgd");
        assertEquals(3, none.exitCode(), none.toString());
        Cli.assertOneLine(none);
    }

    @Test
    void anUnreadableFileExitsWith3AndOneLocatedLine() throws Exception {
        Path folder = Files.createDirectories(Cli.root().resolve("releng/org.ctgstudio.cli.tests/target/damaged"));
        Path damaged = folder.resolve("tronquee.ctg");
        String text = Files.readString(Cli.root().resolve("examples/variants/sans-caf.ctg"), StandardCharsets.UTF_8);
        Files.writeString(damaged, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("validate", "releng/org.ctgstudio.cli.tests/target/damaged/tronquee.ctg",
                "examples/variants/sans-caf.ctg", "--format", "json");
        assertEquals(3, run.exitCode(), run.toString());
        Cli.assertOneLine(run);
        assertTrue(run.err().startsWith("releng/org.ctgstudio.cli.tests/target/damaged/tronquee.ctg, ligne "),
                run.err());
        JsonObject report = run.json();
        assertEquals(1, report.getAsJsonArray("unreadable").size());
        assertFalse(findings(report, "CTG-SIG-01").isEmpty(), "the readable file is still validated");

        Cli.Run missing = Cli.run("validate", "absent.ctg");
        assertEquals(3, missing.exitCode(), missing.toString());
        Cli.assertOneLine(missing);
        assertTrue(missing.err().contains("absent.ctg"), missing.err());
    }

    @Test
    void wrongCommandLinesExitWith64AndOneLine() throws Exception {
        for (String[] args : List.of(new String[] {"validate", EXAMPLE, "--frobnicate"},
                new String[] {"validate", EXAMPLE, "--format", "xml"}, new String[] {"frobnicate"},
                new String[] {"validate", EXAMPLE, "--profile"})) {
            Cli.Run run = Cli.run(args);
            assertEquals(64, run.exitCode(), run.toString());
            Cli.assertOneLine(run);
            assertEquals("", run.out());
        }
    }

    @Test
    void aProfileChangesTheRules() throws Exception {
        Path profile = Files.createDirectories(Cli.root().resolve("releng/org.ctgstudio.cli.tests/target"))
                .resolve("sans-sig01.properties");
        Files.writeString(profile, "name=Sans CTG-SIG-01\ndisabled=CTG-SIG-01\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("validate", "examples/variants/sans-caf.ctg", "--format", "json", "--profile",
                "releng/org.ctgstudio.cli.tests/target/sans-sig01.properties");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("Sans CTG-SIG-01", run.json().get("profile").getAsString());
        assertTrue(findings(run.json(), "CTG-SIG-01").isEmpty());
        Cli.Run missing = Cli.run("validate", EXAMPLE, "--profile", "nulle-part.properties");
        assertEquals(3, missing.exitCode(), missing.toString());
        Cli.assertOneLine(missing);
    }

    /** The plain-Java jar and the product give the same findings for the same files. */
    @Test
    void thePlainJavaJarFindsTheSame() throws Exception {
        Cli.Run product = Cli.run("validate", "examples", "--format", "json");
        Cli.Run plain = Cli.plain("validate", "examples", "--format", "json");
        assertEquals(product.exitCode(), plain.exitCode(), plain.toString());
        assertEquals(product.json().get("findings"), plain.json().get("findings"));
        assertTrue(Stream.of(plain.out()).allMatch(s -> s.contains("CTG-SIG-01")));
    }
}
