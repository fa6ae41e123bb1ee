package org.ctgstudio.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The loader's contract, fuzzed: whatever the bytes of a {@code .ctg} file, loading ends in a model (whose problems
 * are located French messages) or a {@link ModelLoadException} with a located French message, within a time bound
 * (30 s per input, 3 min for the first, which also loads the classes) and a memory bound (the test JVM's 1 GB).
 * Jazzer also fails the run on any network connection (its request-forgery detector), which the loader must never
 * make. The file sits beside a copy of reference data, so that references to another file are followed too.
 *
 * <p>Inputs of {@code ModelLoaderFuzzTestInputs/loadAnyFile} (seeds, and every finding of earlier runs) run first.
 */
class ModelLoaderFuzzTest {

    private static Path folder;
    private static Path file;
    private static final AtomicLong RUNS = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    /** Far above any real load of a small input. */
    private static final Duration PER_INPUT = Duration.ofSeconds(30);
    /** The first input also loads and instruments the classes: tens of seconds on a busy machine. */
    private static final Duration FIRST_INPUT = Duration.ofSeconds(180);

    @BeforeAll
    static void folder() throws Exception {
        folder = Files.createTempDirectory("ctg-fuzz");
        file = folder.resolve("convention.ctg");
        Files.copy(Path.of(System.getProperty("ctg.root"), "examples/workspace/Val-d-Exemple",
                "referentiel-caf-exemple.ctgw"),
                folder.resolve("referentiel.ctgw"));
    }

    @AfterAll
    static void report() {
        System.out.printf("fuzzing the loader: %,d inputs, %,d refused with a located message, the others loaded%n",
                RUNS.get(), REFUSED.get());
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "xmi:version=\"2.0\"",
            "xmlns:xmi=\"http://www.omg.org/XMI\"", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "xmlns:ctg=\"http://ctgstudio.org/ctg/1.0\"", "xmlns:ctg.plan=\"http://ctgstudio.org/ctg/plan/1.0\"",
            "xmlns:ctg.funding=\"http://ctgstudio.org/ctg/funding/1.0\"", "<ctg:GlobalTerritorialAgreement",
            "<ctg:CtgWorkspace", "xmi:id=\"", "xsi:type=\"", "href=\"", "referentiel.ctgw#", "#_", "<!DOCTYPE",
            "<!ENTITY", "&amp;", "&#", "<![CDATA[", "-->", "http://127.0.0.1/", "file:/", "platform:/resource/",
            "<actions", "<axes", "<objectives", "<indicators", "<fundings", "<parties", "territory=\"", "status=\"",
            "startDate=\"", "themes=\"", "facilities=\"", "amount=\"", "/>", "</"})
    void loadAnyFile(byte[] input) throws Exception {
        Files.write(file, input);
        Duration bound = RUNS.incrementAndGet() == 1 ? FIRST_INPUT : PER_INPUT;
        // Bounded here, per input: a JUnit timeout on the method would also end the fuzzing run itself.
        Object outcome = assertTimeoutPreemptively(bound, () -> {
            try {
                return ModelFiles.load(ModelFiles.newResourceSet(), file);
            } catch (ModelLoadException e) {
                return e;
            }
        }, "the load did not end: a hang");
        if (outcome instanceof ModelLoadException refused) {
            REFUSED.incrementAndGet();
            assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
            checkMessage(refused.problem());
        } else {
            for (ModelProblem problem : ((LoadResult) outcome).problems()) {
                checkMessage(problem);
            }
        }
    }

    /**
     * A message users can act on: French, no Java text (class names, exception names, object dumps) outside what it
     * quotes from the file, located unless it is about the whole file.
     */
    static void checkMessage(ModelProblem problem) {
        String message = problem.message();
        assertFalse(message == null || message.isBlank(), problem.toString());
        String ownWords = message.replaceAll("(?s)\u00AB.*?\u00BB", "«»").replaceAll("(?s)\".*?\"", "\"\"");
        assertFalse(ownWords.matches("(?s).*(Exception|Error\\b|\\b(java|javax|org\\.eclipse|com\\.sun)\\.[a-z]+\\."
                + "|@[0-9a-f]{5,}|\\bnull\\b).*"), "Java text in: " + problem);
        assertTrue(problem.line() > 0 || WHOLE_FILE.stream().anyMatch(message::startsWith),
                "no line in: " + problem);
    }

    /** Messages about the file as a whole, which have no line. */
    private static final java.util.List<String> WHOLE_FILE = java.util.List.of("le fichier est vide",
            "... et ");
}
