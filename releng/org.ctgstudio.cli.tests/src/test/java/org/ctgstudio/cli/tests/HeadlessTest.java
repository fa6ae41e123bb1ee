package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The command line is headless: no display needed (every test runs without DISPLAY), no class of SWT, JFace or the
 * workbench loaded, no workspace created; French by default, English with -nl en or an English session.
 */
class HeadlessTest {

    static final List<String> UI_PACKAGES = List.of("org.eclipse.swt.", "org.eclipse.jface.",
            "org.eclipse.ui.", "org.eclipse.e4.ui.");

    @Test
    void noUiClassIsLoaded() throws Exception {
        Path log = Files.createDirectories(Cli.root().resolve("releng/org.ctgstudio.cli.tests/target"))
                .resolve("class-load.log");
        Files.deleteIfExists(log);
        Path home = Files.createDirectories(Cli.root().resolve("releng/org.ctgstudio.cli.tests/target/home"));
        // The product's default workspace is @user.home/ctgstudio-workspace: a home of the test's own shows it is unused.
        Cli.Run run = Cli.run(Map.of("CTGSTUDIO_VM_ARGS", "-Xlog:class+load=info:file=" + log + " -Duser.home=" + home),
                Cli.root(), "validate", "examples/workspace/Val-d-Exemple", "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.ctgstudio.cli.validate.Validation ")),
                "the class loading log lists the command's classes");
        List<String> ui = loaded.stream().filter(line -> UI_PACKAGES.stream().anyMatch(p -> line.contains(" " + p)))
                .toList();
        assertTrue(ui.isEmpty(), "UI classes loaded: " + ui);
        assertFalse(Files.exists(home.resolve("ctgstudio-workspace")), "no workspace for the command line");
    }

    @Test
    void helpIsFrenchByDefaultAndEnglishOnRequest() throws Exception {
        Cli.Run french = Cli.run("validate", "--help");
        assertEquals(0, french.exitCode(), french.toString());
        assertTrue(french.out().startsWith("Valide des fichiers de modèle selon les règles CTG.\nUtilisation : "
                + "ctgstudio validate"), french.out());
        Cli.Run english = Cli.run("-nl", "en", "validate", "--help");
        assertEquals(0, english.exitCode(), english.toString());
        assertTrue(english.out().startsWith("Validates model files against the CTG rules.\nUsage: ctgstudio validate"),
                english.out());
        Cli.Run session = Cli.run(Map.of("LANG", "en_GB.UTF-8"), Cli.root(), "coverage", "--help");
        assertTrue(session.out().contains("Coverage of a deployment plan, year by year."), session.out());
        Cli.Run plain = Cli.plain("-nl", "en", "new", "--help");
        assertTrue(plain.out().startsWith("Creates a convention from a convention template."), plain.out());
    }

    @Test
    void versionAndCommandList() throws Exception {
        Cli.Run version = Cli.run("--version");
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().matches("CTG Studio 0\\.1\\.0\\.\\S+\\n"), version.out());
        Cli.Run help = Cli.run("--help");
        assertTrue(help.out().contains("\n  validate  ") && help.out().contains("\n  new       ")
                && help.out().contains("\n  generate  ") && help.out().contains("\n  coverage  ")
                && help.out().contains("\n  export-diagram  "), help.out());
    }

    /** The README shows each command's help as the product prints it. */
    @Test
    void theReadmeShowsEveryHelpText() throws Exception {
        String readme = Files.readString(Cli.root().resolve("README.md"), StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"validate", "--help"},
                new String[] {"new", "--help"}, new String[] {"generate", "--help"},
                new String[] {"coverage", "--help"}, new String[] {"export-diagram", "--help"})) {
            String help = Cli.run(args).out().strip();
            assertTrue(readme.contains(help), "README.md lacks the output of ctgstudio " + String.join(" ", args)
                    + ":\n" + help);
        }
    }
}
