package org.ctgstudio.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EMF code committed under src-gen, and the edit labels, are exactly what ctg.genmodel generates today. When this
 * fails, the metamodel changed without regeneration (or generated code was edited by hand): run
 * releng/org.ctgstudio.codegen/regenerate.sh and commit the result.
 */
class GeneratedCodeIsCurrentTest {

    @TempDir
    static Path out;

    private static Path root() {
        return Path.of(System.getProperty("ctg.root", "../..")).toAbsolutePath().normalize();
    }

    /** One generation (a few seconds) serves every test. */
    @BeforeAll
    static void generate() throws Exception {
        GenerateModel.generate(root(), out);
    }

    @Test
    void committedGeneratedCodeMatchesTheGenmodel() throws Exception {
        List<String> differences = GenerateModel.differences(root(), out);
        assertEquals(List.of(), differences,
                "Generated code out of date: run releng/org.ctgstudio.codegen/regenerate.sh and commit the result.");
    }

    @Test
    void checkDetectsAHandEditedGeneratedFile() throws Exception {
        Path generated = out.resolve("bundles/org.ctgstudio.model/src-gen/org/ctgstudio/model/CtgPackage.java");
        String original = Files.readString(generated);
        try {
            Files.writeString(generated, original + "\n// edited\n");
            List<String> differences = GenerateModel.differences(root(), out);
            assertTrue(differences.contains(
                    "bundles/org.ctgstudio.model/src-gen/org/ctgstudio/model/CtgPackage.java (differs)"), differences.toString());
        } finally {
            Files.writeString(generated, original);
        }
    }

    @Test
    void frenchLabelsComeFromTheMetamodel() throws Exception {
        String french = Files.readString(out.resolve("bundles/org.ctgstudio.edit/plugin_fr.properties"));
        assertTrue(french.contains("_UI_Action_type = Fiche action"), "French class label");
        assertTrue(french.contains("_UI_ThematicDomain_EARLY_CHILDHOOD_literal = Petite enfance (0\\u20133 ans)"),
                "French literal label");
        String english = Files.readString(out.resolve("bundles/org.ctgstudio.edit/plugin.properties"));
        assertTrue(english.contains("_UI_ThematicDomain_EARLY_CHILDHOOD_literal = Early childhood (0\\u20133)"));
    }
}
