package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.FileChangedException;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 7: a file changed on disk since it was loaded is never overwritten silently; plain Java gets a
 * {@link FileChangedException} (the workbench asks the user, then saves with the overwrite option).
 */
class TwoWritersTest extends ExampleCopyTest {

    private String title() throws Exception {
        return ((GlobalTerritorialAgreement) load(convention).root()).getTitle();
    }

    @Test
    void theSecondWriterIsToldInsteadOfWinningSilently() throws Exception {
        LoadResult first = load(convention);
        LoadResult second = load(convention);
        retitle(first, "Premier", null);
        FileChangedException refused = assertThrows(FileChangedException.class,
                () -> retitle(second, "Second", null));
        assertEquals(convention + " a été modifié sur le disque depuis son ouverture (par un autre programme ou un "
                + "autre éditeur) : il n'a pas été écrasé. Rechargez-le, ou enregistrez de nouveau en confirmant "
                + "qu'il peut être remplacé.", refused.getMessage());
        assertEquals(convention, refused.file());
        assertEquals("Premier", title());

        retitle(second, "Second", Map.of(CtgResource.OPTION_OVERWRITE_CHANGED_FILE, Boolean.TRUE));
        assertEquals("Second", title(), "overwritten once the user agreed");
        retitle(second, "Second, encore", null);
        assertEquals("Second, encore", title(), "its own saves do not count as changes");
        assertThrows(FileChangedException.class, () -> retitle(first, "Premier, encore", null));
    }

    @Test
    void aChangeByAnotherProgramIsSeenToo() throws Exception {
        LoadResult editor = load(convention);
        String changed = Files.readString(convention).replace("CTG du Val d'Exemple 2025-2029", "Modifié ailleurs");
        Files.writeString(convention, changed); // in place, as a text editor does
        assertThrows(FileChangedException.class, () -> retitle(editor, "Éditeur", null));
        assertEquals(changed, Files.readString(convention));

        LoadResult reloaded = load(convention);
        Path replacement = temp.resolve("remplacement.ctg");
        Files.writeString(replacement, changed.replace("Modifié ailleurs", "Remplacé"));
        Files.move(replacement, convention, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // as git does
        assertThrows(FileChangedException.class, () -> retitle(reloaded, "Éditeur", null));
        assertEquals("Remplacé", title());
    }

    @Test
    void aDeletedFileIsSavedAgain() throws Exception {
        LoadResult editor = load(convention);
        Files.delete(convention);
        retitle(editor, "Recréé", null);
        assertEquals("Recréé", title());
        assertTrue(Files.exists(convention));
    }
}
