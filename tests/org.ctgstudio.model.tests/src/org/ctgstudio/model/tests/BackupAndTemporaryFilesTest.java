package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.ctgstudio.model.tests.ModelFileFixture.temporaryFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 5: the backup is replaced atomically, saves at the same moment do not fail on it, a failing backup
 * never fails the save, and the temporary files of interrupted saves are removed. (Kills during saves: the kill test
 * of tests/org.ctgstudio.model.robustness.)
 */
class BackupAndTemporaryFilesTest extends ExampleCopyTest {

    @Test
    void eachSaveMakesTheFormerVersionTheBackup() throws Exception {
        String original = Files.readString(convention);
        LoadResult result = load(convention);
        retitle(result, "Version 1", null);
        assertEquals(original, Files.readString(CtgResource.backupOf(convention)));
        String first = Files.readString(convention);
        retitle(result, "Version 2", null);
        assertEquals(first, Files.readString(CtgResource.backupOf(convention)));
        assertEquals(0, temporaryFiles(convention));
    }

    @Test
    void savesAtTheSameMomentDoNotFailOnTheBackup() throws Exception {
        Map<String, Boolean> overwrite = Map.of(CtgResource.OPTION_OVERWRITE_CHANGED_FILE, Boolean.TRUE);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                LoadResult result = load(convention); // one model per writer, as two editors would have
                String name = "Éditeur " + writer;
                saves.add(writers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        retitle(result, name + " " + i, overwrite);
                    }
                    return null;
                }));
            }
            for (Future<?> save : saves) {
                save.get(); // rethrows a failed save
            }
        } finally {
            writers.shutdownNow();
        }
        assertTrue(((GlobalTerritorialAgreement) load(convention).root()).getTitle().endsWith(" 49"));
        assertTrue(((GlobalTerritorialAgreement) load(CtgResource.backupOf(convention)).root()).getTitle()
                .startsWith("Éditeur "));
        assertEquals(0, temporaryFiles(convention));
    }

    @Test
    void aBackupThatCannotBeWrittenDoesNotFailTheSave() throws Exception {
        Path backup = CtgResource.backupOf(convention);
        Files.createDirectories(backup.resolve("occupé")); // a non-empty folder where the backup goes
        retitle(load(convention), "Sauvé quand même", null);
        assertTrue(Files.readString(convention).contains("Sauvé quand même"));
        assertTrue(Files.isDirectory(backup));
        assertEquals(0, temporaryFiles(convention));
    }

    @Test
    void temporaryFilesOfInterruptedSavesAreRemovedButNotThoseOfASaveUnderWay() throws Exception {
        String name = "." + convention.getFileName();
        Path orphan = Files.writeString(temp.resolve(name + ".123456789.tmp"), "<interrompu");
        Path orphanBackup = Files.writeString(temp.resolve(name + ".bak.987654321.tmp"), "<interrompu");
        Path other = Files.writeString(temp.resolve(name + ".notes.tmp"), "not a save's");
        Path live = Files.writeString(temp.resolve(name + ".555.tmp"), "<en cours");
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            load(convention); // a load cleans up too: an interrupted save may never be followed by another
            assertTrue(Files.notExists(orphan) && Files.notExists(orphanBackup), "left by a dead save");
            assertTrue(Files.exists(live), "a save under way holds its temporary file");
            assertTrue(Files.exists(other), "not a name a save uses");
        }
        retitle(load(convention), "Après", null);
        assertEquals(1, temporaryFiles(convention), "only the file that is not a save's is left");
    }
}
