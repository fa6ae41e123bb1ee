package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 3: saving keeps what the file is: its mode, the symbolic link (its target is written), the hard
 * links; a read-only file or folder is refused with a clear French message, the file untouched.
 */
class SaveKeepsTheFileTest extends ExampleCopyTest {

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theFileKeepsItsMode() throws Exception {
        Files.setPosixFilePermissions(convention, PosixFilePermissions.fromString("rw-rw-r--"));
        retitle(load(convention), "Nouveau titre", null);
        assertTrue(Files.readString(convention).contains("Nouveau titre"));
        assertEquals("rw-rw-r--", mode(convention));

        Path created = temp.resolve("nouvelle.ctg");
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(created.toString()));
        resource.getContents().add(org.ctgstudio.model.CtgFactory.eINSTANCE.createGlobalTerritorialAgreement());
        resource.save(null);
        Path reference = Files.createFile(temp.resolve("reference.txt"));
        assertEquals(mode(reference), mode(created), "a new file gets the usual mode, not 0600");
    }

    @Test
    void aSymbolicLinkStaysAndItsTargetIsWritten() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("partage"));
        Path target = shared.resolve(convention.getFileName());
        Files.move(convention, target);
        Files.createSymbolicLink(convention, target);
        retitle(load(convention), "Par le lien", null);
        assertTrue(Files.isSymbolicLink(convention), "the link was replaced by a file");
        assertEquals(target, Files.readSymbolicLink(convention));
        assertTrue(Files.readString(target).contains("Par le lien"));
        assertTrue(Files.exists(CtgResource.backupOf(target)), "the backup is kept beside the file written");
        assertEquals(0, ModelFileFixture.temporaryFiles(target));
    }

    @Test
    void hardLinksSeeTheNewVersion() throws Exception {
        Path other = temp.resolve("autre-nom.ctg");
        Files.createLink(other, convention);
        String before = Files.readString(convention);
        retitle(load(convention), "Pour tous les liens", null);
        assertTrue(Files.readString(other).contains("Pour tous les liens"), "the other link kept the old version");
        assertTrue(Files.isSameFile(other, convention));
        assertEquals(before, Files.readString(CtgResource.backupOf(convention)));
        assertEquals(0, ModelFileFixture.temporaryFiles(convention));
    }

    @Test
    void aReadOnlyFileIsRefusedAndUntouched() throws Exception {
        LoadResult result = load(convention);
        Files.setPosixFilePermissions(convention, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(convention);
        IOException refused = assertThrows(IOException.class, () -> retitle(result, "Interdit", null));
        assertEquals(convention + " est en lecture seule : il n'a pas été modifié. Rendez-le modifiable pour "
                + "enregistrer.", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(convention));
        assertEquals("r--r--r--", mode(convention));
        assertFalse(Files.exists(CtgResource.backupOf(convention)));
    }

    @Test
    void aReadOnlyFolderIsNamedNotTheTemporaryFile() throws Exception {
        LoadResult result = load(convention);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            byte[] before = Files.readAllBytes(convention);
            IOException refused = assertThrows(IOException.class, () -> retitle(result, "Interdit", null));
            assertEquals("le dossier " + temp + " n'est pas accessible en écriture : le fichier n'a pas été modifié.",
                    refused.getMessage());
            assertFalse(refused.getMessage().contains(".tmp"));
            assertArrayEquals(before, Files.readAllBytes(convention));
        } finally {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(0, ModelFileFixture.temporaryFiles(convention));
    }
}
