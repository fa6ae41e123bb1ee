package org.ctgstudio.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, acceptance 1: a child JVM saves a model in a loop and is killed ({@code SIGKILL}) at random moments. After
 * each kill the file is the last version saved or the one being saved, complete, and loads; the backup loads and is
 * the version before; once the file is loaded again no temporary file is left.
 */
class KillDuringSaveTest {

    /** About 0.5 MB of XMI: a save takes long enough for kills to land inside it. */
    private static final int MUNICIPALITIES = 5_000;
    private static final int KILLS = Integer.getInteger("ctg.kills", 50);

    @TempDir
    Path temp;

    @Test
    void killsDuringSavesLoseNothing() throws Exception {
        Path file = temp.resolve("referentiel.ctgw");
        SaveLoop.create(file, MUNICIPALITIES);
        Random random = new Random(KILLS); // reproducible moments
        int version = 0;
        int duringSave = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = output.readLine();
            assertEquals("ready " + version, ready, "the child could not start");
            CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> output.lines().toList());
            Thread.sleep(random.nextInt(300));
            // SIGKILL (no shutdown hook, no finally block), through the handle: Process.destroyForcibly would also
            // close the pipe the output is read from.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            int saved = version;
            for (String line : lines.get(30, TimeUnit.SECONDS)) {
                assertTrue(line.startsWith("saved "), "the child failed: " + line);
                saved = Integer.parseInt(line.substring("saved ".length()));
            }

            long temporary = temporaryFiles(file);
            assertTrue(temporary <= 2, "one save's temporary file and backup's at most: " + temporary);
            int found = versionOf(file);
            assertTrue(found == saved || found == saved + 1, "kill " + kill + ": the file is version " + found
                    + ", the last saved " + saved);
            int backup = versionOf(CtgResource.backupOf(file));
            assertTrue(backup == found - 1 || backup == found && found == saved, "kill " + kill + ": the backup is "
                    + "version " + backup + " beside version " + found);
            assertEquals(0, temporaryFiles(file), () -> "kill: a temporary file is left after the load: "
                    + listing(file));
            if (temporary > 0 || found == saved + 1) {
                duringSave++;
            }
            version = found;
        }
        System.out.printf("%d kills during saves of a %,d-byte model, %d of them with a save under way: 0 lost%n",
                KILLS, Files.size(file), duringSave);
        assertTrue(duringSave > KILLS / 4, "most kills must land inside a save to test anything: " + duringSave);
    }

    /** Loads a file (which also removes what interrupted saves left) and returns its version; it must be complete. */
    private static int versionOf(Path file) throws Exception {
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), file);
        assertEquals(List.of(), result.problems(), file.toString());
        CtgWorkspace workspace = (CtgWorkspace) result.root();
        assertEquals(MUNICIPALITIES, workspace.getMunicipalities().size(), "incomplete model in " + file);
        return SaveLoop.version(workspace);
    }

    private static String listing(Path file) {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long temporaryFiles(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
