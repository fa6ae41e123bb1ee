package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * Every message reads as a Caf employee would write it, in French and in English: agreement in gender and number
 * (no « (s) », « (e) »), one cause per message, no empty list, the element named once, French typography.
 */
class MessagesTest {

    /** Build output and installed packages hold no message files of the product (nor do the test bundles, tests/). */
    private static final Set<String> NOT_SOURCES = Set.of("target", "bin", "node_modules");

    /** Agreement written with parentheses: « thématique(s) », « décliné(e) », « an(s) ». */
    private static final Pattern PARENTHESISED_AGREEMENT = Pattern.compile("\\((s|e|es|x|ne|le|nt|aux)\\)");
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,choice,");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");
    private static final Pattern EMPTY_LIST = Pattern.compile(":\\s*[.;,](?!\\w)|\\(\\s*\\)|«\\s*»|,\\s*,");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?iu)(?<![\\p{L}'-])(\\p{L}+)\\s+\\1(?![\\p{L}'-])");
    /** A command-line diagnostic keeps the « FILE:LINE: SEVERITY: RULE: » prefix that editors and CI parse. */
    private static final Pattern DIAGNOSTIC_PREFIX = Pattern.compile("^Alpha(:\\d+)?: (\\S+: )*");
    /** The names given to the text arguments: distinct, so that a name given twice shows; vowels, for elisions. */
    private static final List<String> NAMES = List.of("Alpha", "Echo", "India", "Oscar", "Uniform", "Ambre", "Iris",
            "Opale");
    private static final Pattern UNELIDED_DE = Pattern.compile(
            "\\bde (" + String.join("|", NAMES) + ")(?! [€%])|\\bde [aeiouéèêàâîôû]");

    /**
     * Every message template of the product, found in the source tree: each French {@code *_fr.properties} (the
     * bundles' messages, {@code plugin_fr.properties} of the bundles and of the examples, the French translations of
     * Eclipse's texts) and the English file beside it.
     */
    @Test
    void everyTemplateReadsWellInFrenchAndEnglish() throws Exception {
        Path root = Examples.root();
        List<Path> frenchFiles = frenchFiles(root);
        assertTrue(!frenchFiles.isEmpty(), "no *_fr.properties under " + root);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path frenchFile : frenchFiles) {
            String where = root.relativize(frenchFile).toString();
            Properties french = load(frenchFile);
            Path englishFile = frenchFile.resolveSibling(
                    frenchFile.getFileName().toString().replace("_fr.properties", ".properties"));
            Properties english = Files.exists(englishFile) ? load(englishFile) : null;
            boolean formatted = alwaysFormatted(frenchFile);
            if (english == null && !translatesAnotherBundle(frenchFile)) {
                problems.add(where + ": no English file beside it");
            }
            if (english != null) {
                assertEquals(new TreeSet<>(english.stringPropertyNames()),
                        new TreeSet<>(french.stringPropertyNames()), where + ": the same keys in both languages");
            }
            for (String key : new TreeSet<>(french.stringPropertyNames())) {
                checked++;
                check(where + " " + key, french.getProperty(key), Locale.FRENCH, formatted, problems);
                if (english != null) {
                    check(root.relativize(englishFile) + " " + key, english.getProperty(key), Locale.ENGLISH,
                            formatted, problems);
                }
            }
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
        assertTrue(checked > 2000, "the templates were found: " + checked);
        for (String module : List.of("bundles/org.ctgstudio.ui", "bundles/org.ctgstudio.validation",
                "bundles/org.ctgstudio.edit", "examples/org.ctgstudio.example.extension")) {
            assertTrue(frenchFiles.stream().anyMatch(file -> file.startsWith(root.resolve(module))),
                    "the walk reached " + module);
        }
    }

    /** The *_fr.properties of the repository, but for build output, hidden folders and the test bundles. */
    private static List<Path> frenchFiles(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.equals(root) ? "" : dir.getFileName().toString();
                return name.startsWith(".") || NOT_SOURCES.contains(name) || dir.equals(root.resolve("tests"))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith("_fr.properties")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** A translation fragment (org.ctgstudio.nl.fr.*): the English texts are those of its host, an Eclipse bundle. */
    private static boolean translatesAnotherBundle(Path file) throws IOException {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve("META-INF/MANIFEST.MF");
            if (Files.exists(manifest)) {
                return Files.readString(manifest, StandardCharsets.UTF_8).contains("Fragment-Host:");
            }
        }
        return false;
    }

    /**
     * The bundles' own message files (messages, labels …) read through MessageFormat for every text, with or without
     * placeholders (LocalizedMessages, docgen's Messages), as against Eclipse NLS classes and plugin.properties, whose texts
     * without placeholders are shown as written. The command line's file is also picocli's resource bundle, whose
     * usage texts picocli shows as written: there only the texts with placeholders are formatted.
     */
    private static boolean alwaysFormatted(Path frenchFile) throws IOException {
        if (frenchFile.getFileName().toString().startsWith("plugin") || translatesAnotherBundle(frenchFile)
                || load(frenchFile).stringPropertyNames().stream().anyMatch(key -> key.startsWith("usage."))) {
            return false;
        }
        Path nls = frenchFile.resolveSibling("Messages.java");
        return !Files.exists(nls) || !Files.readString(nls, StandardCharsets.UTF_8).contains("extends NLS");
    }

    /**
     * Formats a template with sample arguments (each choice at its limits) and checks the texts. A text without
     * placeholder is shown as written (plugin.xml labels, NLS fields) unless its file is always formatted; one with
     * placeholders goes through MessageFormat (or NLS.bind, which reads quotes the same way).
     */
    private static void check(String where, String template, Locale locale, boolean formatted,
            List<String> problems) {
        boolean placeholders = PLACEHOLDER.matcher(template).find() || formatted;
        if (template.isBlank()) {
            problems.add(where + ": empty");
        }
        if (placeholders) {
            checkQuotes(where, template, problems);
        } else if (template.contains("''")) {
            problems.add(where + ": shown as written, with its apostrophe doubled: " + template);
        }
        MessageFormat format = placeholders ? new MessageFormat(template, locale) : null;
        Format[] formats = placeholders ? format.getFormatsByArgumentIndex() : new Format[0];
        for (long sample : new long[] {0, 1, 2, 12}) {
            Object[] arguments = new Object[formats.length];
            for (int i = 0; i < formats.length; i++) {
                arguments[i] = formats[i] == null ? NAMES.get(i % NAMES.size()) : (Object) sample;
            }
            String text = placeholders ? format.format(arguments) : template;
            if (PARENTHESISED_AGREEMENT.matcher(text).find()) {
                problems.add(where + ": agreement in parentheses: " + text);
            }
            if (PLACEHOLDER.matcher(text).find() || doubleSpace(text)) {
                problems.add(where + ": badly formed: " + text);
            }
            if (EMPTY_LIST.matcher(text).find()) {
                problems.add(where + ": an empty list or value: " + text);
            }
            checkNames(where, text, formats, problems);
            String sentence = template.startsWith("{0}:") ? DIAGNOSTIC_PREFIX.matcher(text).replaceFirst("") : text;
            if (locale == Locale.FRENCH && Pattern.compile("[^\\s\\u00A0\\u202F«][:;?!]").matcher(sentence).find()
                    && !Pattern.compile("\\d:\\d").matcher(sentence).find()) {
                problems.add(where + ": French puts a space before : ; ? ! — " + text);
            }
            if (locale == Locale.ENGLISH && Pattern.compile("\\s[:;?!,.](?!\\w)").matcher(text).find()) {
                problems.add(where + ": English puts no space before punctuation — " + text);
            }
            // The names stand for names: « de Alpha » must be « d'Alpha » (amounts and rates are no names)
            if (locale == Locale.FRENCH && UNELIDED_DE.matcher(text).find()) {
                problems.add(where + ": French elides « de » before a vowel — " + text);
            }
        }
    }

    /** Two spaces in a row, but in a line laid out on purpose (indented: the command line's exit codes). */
    private static boolean doubleSpace(String text) {
        return Stream.of(text.split("\n|%n")).anyMatch(line -> !line.startsWith(" ") && line.contains("  "));
    }

    /** No word twice in a row, no name given twice in one clause. */
    private static void checkNames(String where, String text, Format[] formats, List<String> problems) {
        Matcher doubled = DOUBLED_WORD.matcher(text);
        if (doubled.find()) {
            problems.add(where + ": « " + doubled.group() + " »: " + text);
        }
        for (String clause : text.split("[.:;,\\n]")) {
            for (int i = 0; i < formats.length; i++) {
                String name = NAMES.get(i % NAMES.size());
                if (formats[i] == null && clause.indexOf(name) != clause.lastIndexOf(name)) {
                    problems.add(where + ": the same name twice: " + text);
                }
            }
        }
    }

    /**
     * With arguments, a single quote starts MessageFormat quoting: an apostrophe is written {@code ''} (only a
     * quoted brace stays single); in a choice branch holding a placeholder, even {@code ''} would be read as quoting.
     */
    private static void checkQuotes(String where, String template, List<String> problems) {
        if (template.replace("''", "").replaceAll("'[{}]'", "").contains("'")) {
            problems.add(where + ": an apostrophe to write '' (MessageFormat quoting): " + template);
        }
        Matcher choice = CHOICE.matcher(template);
        while (choice.find()) {
            int depth = 1;
            int end = choice.end();
            while (end < template.length() && depth > 0) {
                char c = template.charAt(end++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            for (String branch : template.substring(choice.end(), end - 1).split("\\|")) {
                if (branch.contains("{") && branch.contains("'")) {
                    problems.add(where + ": quote in a choice branch with a placeholder: " + branch);
                }
            }
            ChoiceFormat parsed = new ChoiceFormat(template.substring(choice.end(), end - 1).replace("''", "'"));
            if (parsed.getLimits().length == 0) {
                problems.add(where + ": empty choice");
            }
        }
    }

    /** Reads a properties file as ResourceBundle does: UTF-8, or ISO-8859-1 (with \\u escapes) when it is not. */
    private static Properties load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    /**
     * The findings of every rule case (the example broken on purpose, the brief's variants), in French and English:
     * the text never repeats the element's label or code, lists are never empty, details have no blank line.
     */
    @Test
    void everyFindingNamesItsElementOnceAndListsNothingEmpty() throws Exception {
        List<String> problems = new ArrayList<>();
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                Locale.setDefault(locale);
                for (RulesTest.Case c : RulesTest.cases().toList()) {
                    Fixture f = c.variant() == null ? new Fixture() : new Fixture(Examples.variant(c.variant()));
                    c.breaks().apply(f);
                    for (Finding finding : f.validate().findings()) {
                        if (finding.ruleId().startsWith("CTG-")) {
                            checkFinding(c.rule(), finding, problems);
                        }
                    }
                }
            }
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    /** How the finding's label names its element: number, code, name, title (a party: its organisation's name). */
    private static List<String> names(EObject element) {
        List<String> names = new ArrayList<>();
        if (element instanceof AgreementParty party && party.getOrganisation() != null) {
            names.add(party.getOrganisation().getName());
        }
        for (String feature : List.of("number", "code", "name", "title", "label")) {
            EStructuralFeature naming = element == null ? null : element.eClass().getEStructuralFeature(feature);
            if (naming != null && element.eGet(naming) instanceof String value && value.length() >= 3) {
                names.add(value);
            }
        }
        return names;
    }

    private static void checkFinding(String caseName, Finding finding, List<String> problems) {
        String text = finding.text();
        String where = caseName + " / " + finding.ruleId() + " on " + finding.label() + ": ";
        for (String name : names(finding.element())) {
            if (text.contains(name)) {
                problems.add(where + "the element named twice: " + finding.message());
            }
        }
        if (Pattern.compile(":\\s*[.;,]|\\(\\s*\\)|«\\s*»|,\\s*,|\"\"").matcher(text).find() || text.endsWith(": ")) {
            problems.add(where + "an empty list or value: " + text);
        }
        if (PARENTHESISED_AGREEMENT.matcher(text).find()) {
            problems.add(where + "agreement in parentheses: " + text);
        }
        if (finding.details().stream().anyMatch(String::isBlank)) {
            problems.add(where + "a blank detail: " + finding.details());
        }
    }
}
