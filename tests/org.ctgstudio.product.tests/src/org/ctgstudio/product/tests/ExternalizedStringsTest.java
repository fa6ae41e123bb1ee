package org.ctgstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No user-visible string outside properties files in the UI bundles. Java: every string literal is either in a
 * Messages class (read from messages*.properties) or marked {@code //$NON-NLS-n$} as not user-visible (ids, file
 * extensions), Eclipse's convention. plugin.xml: every translatable attribute refers to a %key.
 */
class ExternalizedStringsTest {

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MARKER = Pattern.compile("\\$NON-NLS-\\d+\\$");
    private static final Pattern TRANSLATABLE = Pattern.compile("\\b(name|label|description|tooltip)=\"([^\"]*)\"");

    private static Path bundle(String name) {
        Path root = Path.of(System.getProperty("ctg.root", "../.."));
        return root.resolve("bundles").resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ctgstudio.ui", "org.ctgstudio.ui.emf", "org.ctgstudio.docgen.ui"})
    void javaLiteralsAreExternalizedOrMarked(String name) throws IOException {
        List<String> unmarked = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(bundle(name).resolve("src"))) {
            sources = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Messages.java")).toList();
        }
        assertTrue(!sources.isEmpty(), "no sources under " + bundle(name));
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.trim();
                if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")
                        || trimmed.startsWith("@")) {
                    continue;
                }
                int markerStart = line.indexOf("//$NON-NLS");
                int commentStart = line.indexOf("// ");
                String code = markerStart >= 0 ? line.substring(0, markerStart)
                        : commentStart >= 0 ? line.substring(0, commentStart) : line;
                if (count(LITERAL.matcher(code)) > count(MARKER.matcher(line))) {
                    unmarked.add(source.getFileName() + ":" + (i + 1) + ": " + trimmed);
                }
            }
        }
        assertEquals(List.of(), unmarked, "strings to move to messages*.properties, or to mark //$NON-NLS-n$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ctgstudio.ui", "org.ctgstudio.product", "org.ctgstudio.docgen.ui"})
    void pluginXmlTextsAreKeys(String name) throws IOException {
        // Product properties and marker attributes have technical names, not texts.
        String xml = Files.readString(bundle(name).resolve("plugin.xml"), StandardCharsets.UTF_8)
                .replaceAll("<(property|attribute)\\b[^>]*>", "");
        Matcher matcher = TRANSLATABLE.matcher(xml);
        List<String> literal = new ArrayList<>();
        while (matcher.find()) {
            String value = matcher.group(2);
            if (!value.startsWith("%")) {
                literal.add(matcher.group());
            }
        }
        Matcher descriptions = Pattern.compile("<description>([^<]*)</description>").matcher(xml);
        while (descriptions.find()) {
            if (!descriptions.group(1).trim().startsWith("%")) {
                literal.add(descriptions.group());
            }
        }
        assertEquals(List.of(), literal, "plugin.xml texts must be %keys of plugin.properties");
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
