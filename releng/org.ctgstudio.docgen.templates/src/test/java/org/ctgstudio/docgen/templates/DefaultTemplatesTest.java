package org.ctgstudio.docgen.templates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The committed default templates are what their outlines give (else: run regenerate.sh and commit). */
class DefaultTemplatesTest {

    private static final String HINT = " is out of date: run releng/org.ctgstudio.docgen.templates/regenerate.sh";

    @Test
    void committedTemplatesMatchTheirOutlines() throws IOException {
        Path folder = Path.of(System.getProperty("ctg.root", "../..")).resolve("bundles/org.ctgstudio.docgen/templates");
        Map<String, byte[]> expected = DefaultTemplates.all();
        assertEquals(6, expected.size());
        for (Map.Entry<String, byte[]> template : expected.entrySet()) {
            Path committed = folder.resolve(template.getKey());
            assertTrue(Files.isRegularFile(committed), committed + HINT);
            Map<String, byte[]> want = parts(template.getValue());
            Map<String, byte[]> have = parts(Files.readAllBytes(committed));
            assertEquals(want.keySet(), have.keySet(), committed + HINT);
            for (String part : want.keySet()) {
                assertArrayEquals(want.get(part), have.get(part), committed + "!" + part + HINT);
            }
        }
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
