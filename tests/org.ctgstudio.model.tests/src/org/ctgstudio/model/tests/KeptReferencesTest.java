package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.edit;
import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.ctgstudio.model.tests.ModelFileFixture.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelProblem;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 2: a reference that leads nowhere is reported on load and written back as it was by every save,
 * until the user fixes it, like unknown content.
 */
class KeptReferencesTest extends ExampleCopyTest {

    /** FA01's facility, and FA03's two facilities. */
    private static final String ONE = "facilities=\"_4607b56a-10dc-5602-b306-ee26f69a2314\"";
    private static final String TWO = "facilities=\"_7635d3c9-692d-576c-bc3c-5c8b9f4202d1 "
            + "_386255d8-d50c-5aa9-9ab9-cf4b0d6ecd13\"";

    /** Saves the loaded model unchanged but for its title, and returns the file's text. */
    private String saveWithNewTitle(LoadResult result) throws Exception {
        ((GlobalTerritorialAgreement) result.root()).setTitle("Titre modifié");
        result.resource().save(null);
        String text = Files.readString(convention);
        assertTrue(text.contains("title=\"Titre modifié\""));
        return text;
    }

    @Test
    void aDanglingIdIsReportedWhereItIsAndWrittenBackAsItWas() throws Exception {
        int line = edit(convention, ONE, "facilities=\"_introuvable\"");
        ModelProblem problem = onlyProblem(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
        assertFalse(problem.error());
        assertEquals("Fiche action FA01", problem.element());
        assertTrue(problem.message().startsWith("Équipements concernés (facilities) : « _introuvable » ne "
                + "mène à aucun élément de ce fichier ; la référence est conservée"), problem.message());

        String saved = saveWithNewTitle(load(convention));
        assertTrue(saved.contains("facilities=\"_introuvable\""), "the dangling reference was dropped");
        ModelProblem again = onlyProblem(convention);
        assertTrue(again.line() > 0 && again.message().equals(problem.message()), "still reported: " + again);
        saveWithNewTitle(load(convention));
        assertTrue(Files.readString(convention).contains("facilities=\"_introuvable\""), "and after a second one");
    }

    @Test
    void aDanglingIdAmongOthersKeepsItsPlace() throws Exception {
        edit(convention, TWO, "facilities=\"_7635d3c9-692d-576c-bc3c-5c8b9f4202d1 _introuvable "
                + "_386255d8-d50c-5aa9-9ab9-cf4b0d6ecd13\"");
        LoadResult result = load(convention);
        Action fa03 = ((GlobalTerritorialAgreement) result.root()).getActions().get(2);
        assertEquals(3, fa03.getFacilities().size(), "the kept reference holds its place in the list");
        assertFalse(fa03.getFacilities().get(0).eIsProxy());
        assertFalse(fa03.getFacilities().get(2).eIsProxy());
        assertTrue(fa03.getFacilities().get(1).eIsProxy());
        String saved = saveWithNewTitle(result);
        assertTrue(saved.contains("facilities=\"_7635d3c9-692d-576c-bc3c-5c8b9f4202d1 _introuvable "
                + "_386255d8-d50c-5aa9-9ab9-cf4b0d6ecd13\""), "the list is written back as it was");
    }

    @Test
    void aReferenceToAnElementOfAnotherTypeIsNamedAndKept() throws Exception {
        String fa02 = "_ef4cc640-984c-5ba4-90a8-24c849f0ee94";
        int line = edit(convention, ONE, "facilities=\"" + fa02 + "\"");
        ModelProblem problem = onlyProblem(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("Équipements concernés (facilities) : « " + fa02
                + " » mène à Fiche action FA02, alors qu'il faut Équipement / service"), problem.message());
        assertFalse(problem.message().contains("@"), "no Java object dump: " + problem.message());
        assertTrue(saveWithNewTitle(load(convention)).contains("facilities=\"" + fa02 + "\""));
    }

    @Test
    void aReferenceToAMissingElementOfAnotherFileIsKeptToo() throws Exception {
        String written = "territory=\"referentiel-caf-exemple.ctgw#_supprime\"";
        int line = edit(convention, "territory=\"referentiel-caf-exemple.ctgw#_ea73d176-18dc-5d6b-9c7b-3b4739b83924\"",
                written);
        ModelProblem problem = onlyProblem(convention);
        assertEquals(line, problem.line());
        assertEquals("Territoire (territory) : « referentiel-caf-exemple.ctgw#_supprime » est introuvable (fichier "
                + "absent ou élément supprimé) ; la référence est conservée", problem.message());
        assertFalse(problem.message().contains("file:"), "the reference as written, not an absolute URI");
        // EMF writes references to other files as elements: the reference is the same.
        assertTrue(saveWithNewTitle(load(convention)).contains("referentiel-caf-exemple.ctgw#_supprime\""));
        assertTrue(onlyProblem(convention).message().contains("« referentiel-caf-exemple.ctgw#_supprime »"));
    }
}
