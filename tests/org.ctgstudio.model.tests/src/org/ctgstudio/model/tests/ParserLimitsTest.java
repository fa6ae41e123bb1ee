package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.edit;
import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.ctgstudio.model.tests.ModelFileFixture.loadFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelProblem;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 6: the parser's limits are CTG Studio's, whatever the JDK's: nesting depth, entities (a DOCTYPE is
 * refused with a located message), attributes; a save that would overflow the stack fails cleanly.
 */
class ParserLimitsTest extends ExampleCopyTest {

    /** A bound on loads that must be refused at once, not a speed target. */
    private static final Duration QUICKLY = Duration.ofSeconds(30);
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** Nests {@code depth} unknown elements in the convention's root (itself at depth 1). */
    private int nest(int depth) throws Exception {
        return edit(convention, "<diagnosis ", "<futur>".repeat(depth) + "</futur>".repeat(depth) + "\n  <diagnosis ");
    }

    @Test
    void nestingIsLimitedToAHundredLevels() throws Exception {
        String original = Files.readString(convention);
        nest(99);
        LoadResult deepest = load(convention);
        assertEquals(1, deepest.problems().size(), "the unknown content is kept and reported");

        Files.writeString(convention, original);
        int line = nest(100);
        ModelProblem problem = loadFails(convention);
        assertEquals(line, problem.line());
        assertEquals("le fichier imbrique plus de 100 éléments les uns dans les autres ; un fichier CTG n'en imbrique "
                + "que quelques-uns", problem.message());
    }

    @Test
    void aHundredThousandNestedElementsAreRefusedAtOnce() throws Exception {
        nest(100_000);
        assertTrue(assertTimeoutPreemptively(QUICKLY, () -> loadFails(convention)).message()
                .startsWith("le fichier imbrique plus de 100 éléments"));
    }

    @Test
    void aDoctypeIsRefusedWhereItIs() throws Exception {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n";
        edit(convention, XML_DECLARATION, XML_DECLARATION + laughs);
        edit(convention, "title=\"CTG du Val d'Exemple 2025-2029\"", "title=\"&lol9;\"");
        ModelProblem problem = assertTimeoutPreemptively(QUICKLY, () -> loadFails(convention));
        assertEquals(2, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().startsWith("le fichier contient une déclaration DOCTYPE, "
                + "refusée : un fichier CTG n'en a jamais"), problem.message());
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        try (LoopbackServer server = new LoopbackServer(new byte[0])) {
            edit(convention, XML_DECLARATION, XML_DECLARATION + "<!DOCTYPE x SYSTEM \"" + server.address()
                    + "/ctg.dtd\">\n");
            assertTrue(loadFails(convention).message().contains("DOCTYPE"));
            assertEquals(0, server.connections.get());
        }
    }

    @Test
    void theJdksOwnLimitsDoNotApply() throws Exception {
        // As many escaped characters as a large model has: Java 25 refuses more than 100,000 by default.
        edit(convention, "title=\"CTG du Val d'Exemple 2025-2029\"", "title=\"" + "&amp;".repeat(150_000) + "\"");
        Map<String, String> strict = Map.of("jdk.xml.maxElementDepth", "3", "jdk.xml.elementAttributeLimit", "3",
                "jdk.xml.maxGeneralEntitySizeLimit", "10", "jdk.xml.totalEntitySizeLimit", "10");
        strict.forEach(System::setProperty); // another JDK's defaults, much stricter
        try {
            LoadResult result = load(convention);
            assertEquals(150_000, ((GlobalTerritorialAgreement) result.root()).getTitle().length());
            assertEquals(0, result.problems().size(), result.problems().toString());
        } finally {
            strict.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void aSaveThatWouldOverflowTheStackFailsCleanly() throws Exception {
        nest(99);
        LoadResult result = load(convention);
        byte[] before = Files.readAllBytes(convention);
        // Unknown content nested far deeper than a file may be, as a program could build it in memory.
        AnyType deepest = ((XMLResource) result.resource()).getEObjectToExtensionMap().get(result.root());
        while (!deepest.getAny().isEmpty()) {
            deepest = (AnyType) deepest.getAny().getValue(0);
        }
        EStructuralFeature futur = ((AnyType) ((XMLResource) result.resource()).getEObjectToExtensionMap()
                .get(result.root()).getAny().getValue(0)).eContainmentFeature();
        AnyType chain = XMLTypeFactory.eINSTANCE.createAnyType();
        for (int i = 0; i < 20_000; i++) { // built from the bottom up: each step is then cheap
            AnyType parent = XMLTypeFactory.eINSTANCE.createAnyType();
            parent.getAny().add(futur, chain);
            chain = parent;
        }
        deepest.getAny().add(futur, chain);
        IOException[] refused = new IOException[1];
        Thread saver = new Thread(null, () -> refused[0] = assertThrows(IOException.class,
                () -> result.resource().save(null)), "save", 1 << 20); // the usual 1 MB stack
        saver.start();
        saver.join();
        assertEquals("le modèle imbrique trop d'éléments les uns dans les autres pour être enregistré ; le fichier n'a "
                + "pas été modifié", refused[0].getMessage());
        assertArrayEquals(before, Files.readAllBytes(convention));
        assertEquals(0, ModelFileFixture.temporaryFiles(convention));
    }
}
