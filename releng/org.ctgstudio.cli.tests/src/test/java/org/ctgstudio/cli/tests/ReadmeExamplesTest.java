package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example of the README's Command line section — a {@code $ ctgstudio …; echo "code $?"} line, the lines it
 * prints, its exit code — is run through the product from the repository root and prints exactly that (stdout and
 * stderr lines, in any order between the two). Outputs go to the root's {@code target/} (ignored by git), emptied of
 * them first; the broken template of the last generate example is written here.
 */
class ReadmeExamplesTest {

    private static final Pattern COMMAND = Pattern.compile("^\\$ ctgstudio (.*); echo \"code \\$\\?\"$");
    private static final Pattern CODE = Pattern.compile("^code (\\d+)$");

    private static final List<String> OUTPUTS = List.of("ctg-val-d-exemple-2030-2034.ctg", "convention.pdf",
            "sans-caf.docx", "ma-convention.docx", "ma-convention.pdf", "couverture.svg", "plan-actions.svg",
            "organigramme.png");

    @BeforeAll
    static void prepareTarget() throws IOException {
        Path target = Files.createDirectories(Cli.root().resolve("target"));
        removeOutputs();
        // The template of the README's example of a template error: one unknown name in a paragraph.
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(target.resolve("ma-convention.docx"))) {
            document.createParagraph().createRun()
                    .setText("${territoire.nom} (${territoire.typeInconnu}) compte ${territoire.population} habitants.");
            document.write(out);
        }
    }

    @AfterAll
    static void removeOutputs() throws IOException {
        for (String name : OUTPUTS) {
            Files.deleteIfExists(Cli.root().resolve("target").resolve(name));
        }
    }

    @Test
    void everyCommandLineExamplePrintsWhatTheReadmeShows() throws Exception {
        List<String> lines = Files.readAllLines(Cli.root().resolve("README.md"), StandardCharsets.UTF_8);
        int examples = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher command = COMMAND.matcher(lines.get(i));
            if (!command.matches()) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            int j = i + 1;
            Matcher code;
            while (!(code = CODE.matcher(lines.get(j))).matches()) {
                shown.add(lines.get(j++));
            }
            Cli.Run run = Cli.run(words(command.group(1)));
            List<String> printed = new ArrayList<>();
            for (String stream : List.of(run.out(), run.err())) {
                stream.lines().forEach(printed::add);
            }
            String example = "README.md line " + (i + 1) + ": ctgstudio " + command.group(1);
            assertEquals(Integer.parseInt(code.group(1)), run.exitCode(), example + "\n" + run);
            assertEquals(shown.stream().sorted().toList(), printed.stream().sorted().toList(), example);
            examples++;
            i = j;
        }
        assertTrue(examples >= 9, "the README shows " + examples + " command line examples");
    }

    /** A command line's words, as a shell splits them (double quotes group). */
    private static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
