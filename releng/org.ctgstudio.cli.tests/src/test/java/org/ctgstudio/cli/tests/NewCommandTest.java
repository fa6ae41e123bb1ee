package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ctgstudio new}: a convention from the Val d'Exemple template, through the product. */
class NewCommandTest {

    private static final String TEMPLATE = "examples/workspace/Val-d-Exemple/modele-ctg-caf-exemple.ctgt";
    private static final String FOLDER = "releng/org.ctgstudio.cli.tests/target/new";

    @BeforeEach
    void emptyFolder() throws Exception {
        Path folder = Cli.root().resolve(FOLDER);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
    }

    @Test
    void createsAConventionThatReferencesItsTemplateAndTerritory() throws Exception {
        String out = FOLDER + "/ctg-val-d-exemple-2030-2034.ctg";
        Cli.Run run = Cli.run("new", "--template", TEMPLATE, "--territory", "000000017", "--from", "2030-01-01",
                "--to", "31/12/2034", "--out", out);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(out + " : convention « CTG Communauté de communes du Val d'Exemple 2030-2034 »"),
                run.out());
        String xml = Files.readString(Cli.root().resolve(out), StandardCharsets.UTF_8);
        String data = "\"../../../../examples/workspace/Val-d-Exemple/";
        assertTrue(xml.contains("<template href=" + data + "modele-ctg-caf-exemple.ctgt#"), "the template, relatively");
        assertTrue(xml.contains("<territory href=" + data + "referentiel-caf-exemple.ctgw#"
                + "_ea73d176-18dc-5d6b-9c7b-3b4739b83924\""), "the territory by its id");
        assertTrue(xml.contains("startDate=\"2030-01-01\"") && xml.contains("endDate=\"2034-12-31\""));
        assertTrue(run.out().contains(", 14 parties signataires."), "the Caf, the EPCI and its communes sign");
        assertEquals(14, xml.split("<parties ", -1).length - 1);

        Cli.Run validate = Cli.run("validate", out, "--format", "json");
        assertTrue(validate.exitCode() == 0 || validate.exitCode() == 2, validate.toString());
        assertTrue(validate.json().getAsJsonArray("unreadable").isEmpty(), "the new file reads back");
    }

    @Test
    void neverOverwritesAndWritesNothingOnError() throws Exception {
        Path existing = Cli.root().resolve(FOLDER + "/existante.ctg");
        Files.writeString(existing, "à garder", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("new", "--template", TEMPLATE, "--territory", "000000017", "--from", "2030-01-01",
                "--to", "2034-12-31", "--out", FOLDER + "/existante.ctg");
        assertEquals(2, run.exitCode(), run.toString());
        Cli.assertOneLine(run);
        assertEquals("à garder", Files.readString(existing, StandardCharsets.UTF_8));

        Cli.Run unknown = Cli.run("new", "--template", TEMPLATE, "--territory", "Atlantide", "--from", "2030-01-01",
                "--to", "2034-12-31", "--out", FOLDER + "/atlantide.ctg");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        Cli.assertOneLine(unknown);
        assertTrue(unknown.err().startsWith("Territoire introuvable : Atlantide."), unknown.err());
        assertFalse(Files.exists(Cli.root().resolve(FOLDER + "/atlantide.ctg")));

        Cli.Run reversed = Cli.run("new", "--template", TEMPLATE, "--territory", "000000017", "--from", "2034-01-01",
                "--to", "2030-12-31", "--out", FOLDER + "/inversee.ctg");
        assertEquals(2, reversed.exitCode(), reversed.toString());
        Cli.assertOneLine(reversed);
        assertFalse(Files.exists(Cli.root().resolve(FOLDER + "/inversee.ctg")));

        Cli.Run badDate = Cli.run("new", "--template", TEMPLATE, "--territory", "000000017", "--from", "demain",
                "--to", "2034-12-31", "--out", FOLDER + "/date.ctg");
        assertEquals(64, badDate.exitCode(), badDate.toString());
        Cli.assertOneLine(badDate);

        Cli.Run missing = Cli.run("new", "--template", TEMPLATE);
        assertEquals(64, missing.exitCode(), missing.toString());
        Cli.assertOneLine(missing);
        try (Stream<Path> files = Files.list(Cli.root().resolve(FOLDER))) {
            assertEquals(1, files.count(), "nothing but the existing file");
        }
    }
}
