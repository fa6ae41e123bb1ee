package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Bad files give located messages and stay untouched; saves are atomic and keep a backup; ids stay unique. */
class PersistenceTest extends ExampleCopyTest {

    private static int edit(Path file, String from, String to) throws Exception {
        return ModelFileFixture.edit(file, from, to);
    }

    private static ModelProblem loadFails(Path file) throws Exception {
        return ModelFileFixture.loadFails(file);
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        int line = edit(convention, "<diagnosis ", "<diagnosis <<");
        ModelProblem problem = loadFails(convention);
        assertTrue(problem.error());
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.toString().contains(", ligne " + line + ", colonne "), problem.toString());
        assertTrue(problem.message().startsWith("le fichier n'est pas un XML valide"), problem.message());
    }

    @Test
    void truncatedFileIsRefusedWithItsLastLine() throws Exception {
        byte[] content = Files.readAllBytes(convention);
        Files.write(convention, java.util.Arrays.copyOf(content, content.length / 2));
        ModelProblem problem = loadFails(convention);
        assertTrue(problem.line() > 100, "the error is located where the file stops: " + problem);
    }

    @Test
    void emptyAndMissingFilesAreExplained() throws Exception {
        Files.write(convention, new byte[0]);
        assertEquals("le fichier est vide", loadFails(convention).message());
        Path missing = temp.resolve("absente.ctg");
        ModelLoadException exception = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(ModelFiles.newResourceSet(), missing));
        assertEquals("le fichier n'existe pas", exception.problem().message());
        assertFalse(Files.exists(missing), "loading must not create the file");
    }

    @Test
    void unknownElementTypeIsReportedAndKept() throws Exception {
        int line = edit(convention, "xsi:type=\"ctg.funding:TerritoryBonus\"", "xsi:type=\"ctg.funding:BonusInconnu\"");
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) result.root();
        assertEquals(1, result.problems().size(), result.problems().toString());
        ModelProblem problem = result.problems().get(0);
        assertEquals("Convention territoriale globale CTG-00-VALEX-2025", problem.element());
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("type « ctg.funding:BonusInconnu » inconnu pour Financements "
                + "(fundings) : l'élément est conservé tel quel"), problem.message());
        result.resource().save(null);
        assertTrue(Files.readString(convention).contains("xsi:type=\"ctg.funding:BonusInconnu\""),
                "the unknown element is written back, not lost");
        assertEquals(10, ctg.getFundings().size(), "the known fundings are all there");
    }

    @Test
    void aPartOfAnUnknownModelVersionIsReportedAndKept() throws Exception {
        edit(convention, "xmlns:ctg.plan=\"http://ctgstudio.org/ctg/plan/1.0\"",
                "xmlns:ctg.plan=\"http://ctgstudio.org/ctg/plan/9.9\"");
        int line = edit(convention, "<diagnosis ", "<diagnosis xsi:type=\"ctg.plan:SharedDiagnosis\" ");
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        ModelProblem problem = result.problems().get(0);
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("type « ctg.plan:SharedDiagnosis » (espace de noms « "
                + "http://ctgstudio.org/ctg/plan/9.9 », modèle inconnu de cette version) inconnu pour Diagnostic partagé "
                + "(diagnosis)"), problem.message());
        // The references to its needs and issues are kept too: saving loses nothing of the newer file.
        assertTrue(result.problems().stream().skip(1).allMatch(p -> p.message().contains("type inconnu")));
        String before = Files.readString(convention);
        result.resource().save(null);
        String after = Files.readString(convention);
        assertTrue(after.contains("http://ctgstudio.org/ctg/plan/9.9"));
        assertEquals(before.split("<needs ").length, after.split("<needs ").length, "every need is written back");
        assertEquals(result.problems().size(), ModelFiles.load(ModelFiles.newResourceSet(), convention).problems()
                .size());
    }

    @Test
    void invalidValueIsRefusedRatherThanDropped() throws Exception {
        int line = edit(convention, "startDate=\"2025-01-01\"", "startDate=\"2025-13-45\"");
        ModelProblem problem = loadFails(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("Date d'effet (startDate) : « 2025-13-45 » n'est pas une valeur "
                + "possible"), problem.message());
    }

    @Test
    void danglingReferenceIsReportedNotThrown() throws Exception {
        String fa01 = Examples.convention().getActions().get(0).getFacilities().get(0).getId();
        int line = edit(convention, "facilities=\"" + fa01 + "\"", "facilities=\"_introuvable\"");
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) result.root();
        assertEquals(12, ctg.getActions().size(), "the rest of the model is there");
        assertEquals(1, result.problems().size(), result.problems().toString());
        ModelProblem problem = result.problems().get(0);
        assertFalse(problem.error());
        assertEquals(line, problem.line());
        assertTrue(problem.message().contains("« _introuvable » ne mène à aucun élément"), problem.message());
    }

    @Test
    void referenceToAMissingFileNamesTheElement() throws Exception {
        Files.delete(temp.resolve(Examples.REFERENCE_DATA));
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        assertNotNull(result.root());
        assertFalse(result.problems().isEmpty());
        assertTrue(result.problems().stream().anyMatch(p -> p.element() != null
                && p.element().equals("Convention territoriale globale CTG-00-VALEX-2025") && p.line() == 2
                && p.message().startsWith("Territoire (territory) : « referentiel-caf-exemple.ctgw#")),
                result.problems().toString());
    }

    @Test
    void unknownAttributesOfANewerVersionAreKept() throws Exception {
        int line = edit(convention, "<diagnosis ", "<diagnosis champFutur=\"valeur conservée\" ");
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        assertEquals(line, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().startsWith("attribut « champFutur » inconnu pour Diagnostic "
                + "partagé : conservé tel quel"), result.problems().toString());
        result.resource().save(null);
        assertTrue(Files.readString(convention).contains("champFutur=\"valeur conservée\""));
    }

    @Test
    void saveIsAtomicAndKeepsTheFormerVersionAsBackup() throws Exception {
        String original = Files.readString(convention);
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), convention).resource();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) resource.getContents().get(0);
        ctg.setTitle("CTG du Val d'Exemple 2025-2029 (révisée)");
        resource.save(null);

        assertTrue(Files.readString(convention, StandardCharsets.UTF_8).contains("(révisée)"));
        Path backup = CtgResource.backupOf(convention);
        assertEquals(original, Files.readString(backup), "the backup holds the version before the save");
        try (Stream<Path> files = Files.list(temp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
        assertTrue(Files.readString(convention).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void newElementsGetAnIdAndPastedCopiesANewOne() throws Exception {
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), convention).resource();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) resource.getContents().get(0);
        Action created = PlanFactory.eINSTANCE.createAction();
        ctg.getActions().add(created);
        assertNotNull(created.getId());
        assertEquals(created, resource.getEObject(created.getId()));

        Action original = ctg.getActions().get(0);
        Action copy = EcoreUtil.copy(original);
        assertEquals(original.getId(), copy.getId());
        ctg.getActions().add(copy);
        assertNotEquals(original.getId(), copy.getId(), "a pasted copy must not share the original's id");
        assertEquals(original, resource.getEObject(original.getId()));
        assertEquals(copy, resource.getEObject(copy.getId()));
    }

    @Test
    void everyElementIsFoundByItsIdAndKeepsItWhenMoved() throws Exception {
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), convention).resource();
        GlobalTerritorialAgreement ctg = (GlobalTerritorialAgreement) resource.getContents().get(0);
        resource.getAllContents().forEachRemaining(element -> {
            String id = ((Identified) element).getId();
            assertNotNull(id, element.toString());
            assertEquals(element, resource.getEObject(id), id);
        });

        Action moved = ctg.getActions().remove(3);
        String id = moved.getId();
        assertEquals(null, resource.getEObject(id), "a removed element is no longer found in the file");
        assertEquals(id, moved.getId(), "it keeps its id");
        ctg.getActions().add(moved);
        assertEquals(moved, resource.getEObject(id));
        assertEquals(id, moved.getId(), "and finds it again when put back (undo, drag and drop)");
    }

    @Test
    void handWrittenFileWithoutIdsGetsIds() throws Exception {
        Files.writeString(convention, Files.readString(convention).replaceAll(" xmi:id=\"[^\"]*\"", ""));
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), convention);
        assertNotNull(result.root());
        Set<String> ids = new HashSet<>();
        result.resource().getAllContents().forEachRemaining(element -> {
            String id = ((Identified) element).getId();
            assertNotNull(id, element + " has no id");
            assertTrue(ids.add(id), "duplicate id " + id);
            assertEquals(element, result.resource().getEObject(id));
        });
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() throws Exception {
        Files.write(convention, new byte[0]);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ModelLoadException english = assertThrows(ModelLoadException.class,
                    () -> ModelFiles.load(ModelFiles.newResourceSet(), convention));
            assertEquals("the file is empty", english.problem().message());
            Locale.setDefault(Locale.GERMAN);
            ModelLoadException german = assertThrows(ModelLoadException.class,
                    () -> ModelFiles.load(ModelFiles.newResourceSet(), convention));
            assertEquals("le fichier est vide", german.problem().message(), "French unless English is asked for");
        } finally {
            Locale.setDefault(before);
        }
    }
}
