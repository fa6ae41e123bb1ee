package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.edit;
import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 1: opening a file reads files of the model's own file system only. Namespaces and references to a
 * network address are never fetched, a server that never answers or a named pipe cannot block a load.
 */
class LocalFilesOnlyTest extends ExampleCopyTest {

    private static final String TERRITORY = "territory=\"referentiel-caf-exemple.ctgw#";
    /** Bound on any load here: a blocked read would otherwise hang the build. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private LoopbackServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = new LoopbackServer(Files.readAllBytes(temp.resolve("referentiel-caf-exemple.ctgw")));
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private String http() {
        return server.address();
    }

    private List<ModelProblem> problemsOf(Path file) throws Exception {
        return assertTimeoutPreemptively(NO_HANG, () -> load(file).problems());
    }

    @Test
    void aReferenceToAnHttpAddressIsNeitherFetchedNorUsed() throws Exception {
        int line = edit(convention, TERRITORY, "territory=\"" + http() + "/referentiel-caf-exemple.ctgw#");
        LoadResult result = assertTimeoutPreemptively(NO_HANG, () -> load(convention));
        assertEquals(0, server.connections.get(), "opening the file sent a request");
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) result.root();
        assertTrue(ctg.getTerritory().eIsProxy(), "the server's data must not be used");
        ModelProblem problem = result.problems().stream().filter(p -> p.message().contains(http())).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("Territoire (territory) : « " + http()), problem.message());
        assertTrue(problem.message().contains("n'est pas lu : seuls les fichiers du système de fichiers du modèle"),
                problem.message());
    }

    @Test
    void aNamespaceIsNeverFetchedFromItsAddress() throws Exception {
        String namespace = http() + "/futur.ecore";
        int line = edit(convention, "<diagnosis ", "<ext:futur xmlns:ext=\"" + namespace
                + "\" xsi:schemaLocation=\"" + namespace + " " + namespace + "\" valeur=\"1\"/>\n  <diagnosis ");
        List<ModelProblem> problems = problemsOf(convention);
        assertEquals(0, server.connections.get(), "opening the file sent a request");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(line, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("élément « ext:futur » inconnu dans Convention territoriale"),
                problems.get(0).message());
    }

    @Test
    void aServerThatNeverAnswersCannotBlockTheLoad() throws Exception {
        try (LoopbackServer silent = new LoopbackServer(null)) {
            edit(convention, TERRITORY, "territory=\"" + silent.address() + "/r.ctgw#");
            List<ModelProblem> problems = problemsOf(convention);
            assertEquals(0, silent.connections.get());
            assertEquals(1, problems.size(), problems.toString());
        }
    }

    @Test
    void otherSchemesAreNotOpenedEither() throws Exception {
        Path archive = temp.resolve("r.zip");
        Files.write(archive, new byte[] {'P', 'K', 3, 4});
        for (String href : List.of("platform:/plugin/org.ctgstudio.model/model/ctg.ecore#//Territory",
                "jar:" + archive.toUri() + "!/referentiel-caf-exemple.ctgw#_x",
                "archive:" + archive.toUri() + "!/referentiel-caf-exemple.ctgw#_x")) {
            Path copy = temp.resolve("copie.ctg");
            Files.copy(convention, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            edit(copy, TERRITORY, "territory=\"" + href.substring(0, href.indexOf('#') + 1));
            List<ModelProblem> problems = problemsOf(copy);
            assertEquals(1, problems.size(), href + ": " + problems);
            assertTrue(problems.get(0).message().contains("n'est pas lu"), problems.get(0).message());
        }
    }

    @Test
    void namedPipesAndDevicesAreRefusedWithoutBlocking() throws Exception {
        Path pipe = temp.resolve("tube.ctgw");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Path device = Path.of("/dev/zero");
        String relative = temp.relativize(device).toString();
        Path link = temp.resolve("zero.ctgw");
        Files.createSymbolicLink(link, device);
        for (Path file : List.of(pipe, link, device, temp)) { // reading them would block or never end
            ModelLoadException refused = assertThrows(ModelLoadException.class,
                    () -> assertTimeoutPreemptively(NO_HANG, () -> load(file)));
            assertEquals("ce n'est pas un fichier ordinaire (tube nommé, périphérique ou dossier) : CTG Studio ne lit "
                    + "que des fichiers", refused.problem().message());
            assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        }
        for (String target : List.of("tube.ctgw", relative, "zero.ctgw", ".")) {
            Path copy = temp.resolve("copie.ctg");
            Files.copy(convention, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            edit(copy, TERRITORY, "territory=\"" + target + "#");
            List<ModelProblem> problems = problemsOf(copy);
            assertEquals(1, problems.size(), target + ": " + problems);
            assertTrue(problems.get(0).message().contains("est introuvable"), problems.get(0).message());
            assertNotNull(problems.get(0).element());
        }
    }
}
