package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.edit;
import static org.ctgstudio.model.tests.ModelFileFixture.load;
import static org.ctgstudio.model.tests.ModelFileFixture.loadFails;
import static org.ctgstudio.model.tests.ModelFileFixture.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 8: every load problem names the file, the line and column, the element by its label and the
 * feature by its French label, and says what is expected; no raw parser or Java text reaches the user.
 */
class LoadMessagesTest extends ExampleCopyTest {

    private static final String CONVENTION_LABEL = "Convention territoriale globale CTG-00-VALEX-2025";

    @Test
    void aFileNotInUtf8IsSaidSo() throws Exception {
        String text = Files.readString(convention);
        int line = ModelFileFixture.line(text, text.indexOf("Modèle"));
        Files.write(convention, text.getBytes(StandardCharsets.ISO_8859_1));
        ModelProblem problem = loadFails(convention);
        assertEquals("le fichier n'est pas enregistré en UTF-8 (un caractère est illisible à cet endroit) : "
                + "enregistrez-le de nouveau en UTF-8", problem.message());
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
    }

    @Test
    void anUnknownEncodingIsNamedOnItsLine() throws Exception { // found by the fuzz test
        edit(convention, "encoding=\"UTF-8\"", "encoding=\"UTF-9\"");
        ModelProblem problem = loadFails(convention);
        assertEquals("le fichier déclare l'encodage « UTF-9 », inconnu : un fichier CTG est enregistré en UTF-8",
                problem.message());
        assertEquals(1, problem.line());
        edit(convention, "encoding=\"UTF-9\"", "encoding=\"\"");
        assertEquals(1, loadFails(convention).line());
    }

    @Test
    void aBrokenXmlDeclarationIsLocatedByTheParser() throws Exception { // found by the fuzz test: EMF failed on it
        edit(convention, "encoding=\"UTF-8\"", "encoding\u0000\u0000\u0000");
        ModelProblem problem = loadFails(convention);
        assertEquals(1, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().startsWith("le fichier n'est pas un XML valide ("), problem.message());
    }

    @Test
    void aDeclarationInsideTheContentIsLocated() throws Exception { // found by the fuzz test: the parser said nowhere
        int line = edit(convention, "<interventionFields ", "<!DOCTYPEFields ");
        ModelProblem problem = loadFails(convention);
        assertEquals("le fichier n'est pas un XML valide (la lecture s'est arrêtée ici : le contenu à cet endroit "
                + "n'est pas du XML bien formé)", problem.message());
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
    }

    @Test
    void anInvalidLiteralGivesTheFrenchLabelsAndWhatToWrite() throws Exception {
        int line = edit(convention, "status=\"IN_FORCE\"", "status=\"SIGNEE\"");
        ModelProblem problem = loadFails(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
        assertEquals(CONVENTION_LABEL, problem.element());
        assertTrue(problem.message().startsWith("Statut (status) : « SIGNEE » n'est pas une valeur possible ; attendu "
                + ": une de ces valeurs : En préparation (écrire PREPARATION), "), problem.message());
        assertTrue(problem.message().contains(", Signée (écrire SIGNED), "), problem.message());
    }

    @Test
    void datesAndNumbersSayTheirFormat() throws Exception {
        edit(convention, "startDate=\"2025-01-01\"", "startDate=\"01/01/2025\"");
        assertEquals("Date d'effet (startDate) : « 01/01/2025 » n'est pas une valeur possible ; attendu : une date "
                + "écrite AAAA-MM-JJ (par exemple 2025-01-31)", loadFails(convention).message());
        edit(convention, "startDate=\"01/01/2025\"", "startDate=\"2025-01-01\"");
        edit(convention, "generation=\"2\"", "generation=\"2 000\"");
        assertTrue(loadFails(convention).message().endsWith("« 2 000 » n'est pas une valeur possible ; attendu : un "
                + "nombre entier écrit en chiffres, sans espaces (par exemple 1250)"));
    }

    @Test
    void oneBadValueOfAListIsNamedAlone() throws Exception {
        int line = edit(convention, "themes=\"CHILDHOOD YOUTH\"", "themes=\"CHILDHOOD JEUNESSE\"");
        ModelProblem problem = loadFails(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("Thématiques (themes) : « JEUNESSE » n'est pas une valeur possible"),
                problem.message());
        assertEquals("Axe stratégique 2", problem.element());
    }

    @Test
    void aMisspeltAttributeIsLocatedWithTheLikelyNameAndKept() throws Exception {
        int line = edit(convention, " title=\"CTG du Val", " titel=\"CTG du Val");
        ModelProblem problem = onlyProblem(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
        assertEquals(CONVENTION_LABEL, problem.element());
        assertEquals("attribut « titel » inconnu pour Convention territoriale globale : conservé tel quel, mais pas "
                + "utilisé ; vouliez-vous dire « title » (Intitulé) ?", problem.message());
        LoadResult result = load(convention);
        result.resource().save(null);
        assertTrue(Files.readString(convention).contains("titel=\"CTG du Val d'Exemple 2025-2029\""), "kept");
    }

    @Test
    void aMisspeltElementIsLocatedAndNamedItself() throws Exception {
        String text = Files.readString(convention);
        int line = ModelFileFixture.line(text, text.indexOf("<needs "));
        Files.writeString(convention, text.replaceFirst("<needs ", "<neds "));
        List<ModelProblem> problems = load(convention).problems();
        ModelProblem problem = problems.get(0);
        assertEquals(line, problem.line(), problems.toString());
        assertEquals("élément « neds » inconnu dans Diagnostic partagé : conservé tel quel, mais pas affiché ; "
                + "vouliez-vous dire « needs » (Besoins) ?", problem.message());
        // The references to the misspelt need say so, where they are, and are kept.
        assertTrue(problems.stream().skip(1).allMatch(p -> p.line() > line
                && p.message().contains("mène à un élément d'un type inconnu de cette version")), problems.toString());
    }

    @Test
    void anUnknownTypeKeepsTheOrganisationAndSaysWhere() throws Exception {
        Path referenceData = temp.resolve(Examples.REFERENCE_DATA);
        int line = edit(referenceData, "<organisations xmi:id=\"_d15a4e2c",
                "<organisations xsi:type=\"ctg:Operatr\" xmi:id=\"_d15a4e2c");
        LoadResult result = load(referenceData);
        ModelProblem problem = result.problems().get(0);
        assertEquals(line, problem.line());
        assertEquals("Espace de modélisation CTG Référentiel de la Caf de l'Exemple", problem.element());
        assertEquals("type « ctg:Operatr » inconnu pour Organismes (organisations) : l'élément est conservé tel quel, "
                + "mais pas affiché ; types possibles : Organisme (ctg:Organisation)",
                problem.message());
        int organisations = ((CtgWorkspace) result.root()).getOrganisations().size();
        result.resource().save(null);
        assertTrue(Files.readString(referenceData).contains("xsi:type=\"ctg:Operatr\""), "written back");
        assertEquals(organisations, ((CtgWorkspace) load(referenceData).root()).getOrganisations().size());
    }

    @Test
    void duplicateIdsAreReported() throws Exception {
        String text = Files.readString(convention);
        String first = "_2cfa2bbd-1e52-5e1e-b0f3-18974a54e970"; // the Caf's party
        String second = "_2d2c043e-ed4d-559d-b909-7d6e6d7e24cf";
        int line = ModelFileFixture.line(text, text.indexOf("xmi:id=\"" + second));
        Files.writeString(convention, text.replace("xmi:id=\"" + second, "xmi:id=\"" + first));
        ModelProblem problem = onlyProblem(convention);
        assertEquals(line, problem.line());
        assertTrue(problem.message().startsWith("l'identifiant « " + first + " » est déjà pris par Partie"),
                problem.message());
        assertTrue(problem.message().endsWith("cet élément a reçu un nouvel identifiant, les références à « " + first
                + " » mènent au premier"), problem.message());
    }

    @Test
    void noProblemOfTheBrokenExamplesShowsJavaText() throws Exception {
        for (Path variant : Examples.variants()) {
            for (ModelProblem problem : load(variant).problems()) {
                assertFalse(problem.message().matches(".*(Exception|org\\.eclipse|@[0-9a-f]{4,}).*"),
                        variant + ": " + problem);
            }
        }
    }

    @Test
    void messagesAreEnglishOnRequest() throws Exception {
        edit(convention, "status=\"IN_FORCE\"", "status=\"SIGNEE\"");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ModelProblem problem = loadFails(convention);
            assertTrue(problem.message().startsWith("Status (status): \"SIGNEE\" is not a possible value; "
                    + "expected: one of "), problem.message());
            assertTrue(problem.toString().contains(", line " + problem.line() + ", column "), problem.toString());
            assertTrue(problem.element().startsWith("Global territorial agreement"), problem.element());
        } finally {
            Locale.setDefault(before);
        }
    }
}
