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
 * stderr lines, in any order between the two). Every output an example names (--out, --chart) must be under the
 * root's {@code target/} (ignored by git); each is removed before its example runs and after the test; the broken
 * template of the last generate example is written here.
 */
class ReadmeExamplesTest {

    private static final Pattern COMMAND = Pattern.compile("^\\$ ctgstudio (.*); echo \"code \\$\\?\"$");
    private static final Pattern CODE = Pattern.compile("^code (\\d+)$");

    /** The files the examples wrote, removed after the test. */
    private static final List<Path> WRITTEN = new ArrayList<>();

    @BeforeAll
    static void prepareTarget() throws IOException {
        Path target = Files.createDirectories(Cli.root().resolve("target"));
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
        for (Path file : WRITTEN) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(Cli.root().resolve("target/ma-convention.docx"));
    }

    /** The files an example names after --out or --chart (a folder: nothing of its own), each under target/. */
    private static void clearOutputs(String[] words, String example) throws IOException {
        Path target = Cli.root().resolve("target");
        for (int i = 0; i + 1 < words.length; i++) {
            String value = words[i].startsWith("--out=") || words[i].startsWith("--chart=")
                    ? words[i].substring(words[i].indexOf('=') + 1)
                    : words[i].equals("--out") || words[i].equals("--chart") ? words[i + 1] : null;
            if (value == null) {
                continue;
            }
            Path file = Cli.root().resolve(value).normalize();
            assertTrue(file.startsWith(target), example + ": writes outside target/: " + value);
            if (!value.endsWith("/")) {
                Files.deleteIfExists(file);
                WRITTEN.add(file);
            }
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
            String example = "README.md line " + (i + 1) + ": ctgstudio " + command.group(1);
            String[] words = words(command.group(1));
            clearOutputs(words, example);
            Cli.Run run = Cli.run(words);
            List<String> printed = new ArrayList<>();
            for (String stream : List.of(run.out(), run.err())) {
                stream.lines().forEach(printed::add);
            }
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
