package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.TemplateProblem.Kind;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken template gives its located French message and writes nothing: each defect the check knows, in Word
 * templates made with POI (runs as Word stores them) and in the default LibreOffice template edited.
 */
class BrokenTemplatesTest {

    private static GlobalTerritorialAgreement convention;
    private static Locale locale;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        convention = Examples.convention();
        locale = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE); // the messages users read; the build runs the tests in French too
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(locale);
    }

    /** Generates and expects the failure; checks that no file (nor a temporary one) was written. */
    private TemplateProblem refused(TemplateFile template, Kind kind) throws Exception {
        Path out = folder.resolve("sortie.docx");
        OutputFormat format = template.nativeFormat();
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentGenerator
                .generate(GenerationRequest.of(convention, template, format, out)));
        assertFalse(Files.exists(out), "no output file");
        ConventionDocumentsTest.assertNoTemporaryFile(folder);
        assertTrue(e.getMessage().contains(template.name()) && e.getMessage().contains("aucun document"),
                e.getMessage());
        assertFalse(e.getMessage().contains("freemarker.") || e.getMessage().contains("\tat "), "no stack trace");
        TemplateProblem problem = e.problems().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " expected: " + e.problems()));
        assertTrue(problem.error());
        assertFalse(problem.location().isEmpty(), "located: " + problem);
        return problem;
    }

    @Test
    void fieldSplitAcrossWordRuns() throws Exception {
        // Word after an edit: "${convention." in one run, "intitule}" in the next.
        TemplateProblem p = refused(Documents.docx("coupe.docx", "Titre : ${convention.|intitule}"), Kind.SPLIT_FIELD);
        assertTrue(p.message().contains("« ${convention.intitule} » est coupé en 2 morceaux"), p.message());
        assertEquals("paragraphe « Titre : ${convention.intitule} »", p.location());
    }

    @Test
    void dollarSplitFromItsBrace() throws Exception {
        TemplateProblem p = refused(Documents.docx("dollar.docx", "Du $|{convention.debut}"), Kind.SPLIT_FIELD);
        assertTrue(p.message().contains("coupé"), p.message());
    }

    @Test
    void fieldSplitAcrossLibreOfficeSpans() throws Exception {
        TemplateFile odt = Documents.edited(DefaultTemplate.CONVENTION.load(false), "content.xml",
                xml -> xml.replaceFirst("\\$\\{territoire\\.nom\\}",
                        "\\${territoire.<text:span text:style-name=\"Gras\">nom</text:span>}"));
        TemplateProblem p = refused(odt, Kind.SPLIT_FIELD);
        assertTrue(p.message().contains("${territoire.nom}"), p.message());
    }

    @Test
    void syntaxError() throws Exception {
        TemplateProblem p = refused(Documents.docx("syntaxe.docx", "Budget : ${convention.budgetTotal +}"),
                Kind.SYNTAX);
        assertTrue(p.message().startsWith("Erreur de syntaxe"), p.message());
        assertTrue(p.location().contains("Budget : ${convention.budgetTotal +}"), p.location());
    }

    @Test
    void fieldWithoutItsClosingBrace() throws Exception {
        TemplateProblem p = refused(Documents.docx("accolade.docx", "Territoire : ${territoire.nom"), Kind.SYNTAX);
        assertTrue(p.message().contains("n'est pas fermé"), p.message());
    }

    @Test
    void loopNeverClosed() throws Exception {
        TemplateProblem p = refused(Documents.docx("boucle.docx", "Fiches : [#list convention.fiches as fiche]",
                "${fiche.intitule}"), Kind.UNBALANCED);
        assertTrue(p.message().contains("n'est jamais fermé") && p.message().contains("[/#list]"), p.message());
        assertEquals("paragraphe « Fiches : [#list convention.fiches as fiche] »", p.location());
    }

    @Test
    void conditionClosedButNeverOpened() throws Exception {
        TemplateProblem p = refused(Documents.docx("condition.docx", "${convention.intitule}", "Fin[/#if]"),
                Kind.UNBALANCED);
        assertTrue(p.message().contains("n'a pas été ouvert"), p.message());
    }

    @Test
    void loopClosedByTheWrongDirective() throws Exception {
        TemplateProblem p = refused(Documents.docx("croise.docx", "[#list convention.fiches as fiche]",
                "[#if fiche.budget.renseigne]${fiche.budget}", "[/#list]"), Kind.UNBALANCED);
        assertTrue(p.message().contains("[#if fiche.budget.renseigne]"), p.message());
    }

    @Test
    void unknownNames() throws Exception {
        TemplateProblem root = refused(Documents.docx("racine.docx", "${conventions.intitule}"), Kind.UNKNOWN_NAME);
        assertTrue(root.message().contains("le nom « conventions » n'existe pas") && root.message().contains(
                "convention"), root.message());
        TemplateProblem member = refused(Documents.docx("nom.docx", "[#list convention.fiches as fiche]",
                "Fiche ${fiche.titre}[/#list]"), Kind.UNKNOWN_NAME);
        assertTrue(member.message().contains("« titre » n'existe pas pour une fiche action")
                && member.message().contains("intitule"), member.message());
        // inside a condition that the example's data would not enter: still reported
        TemplateProblem hidden = refused(Documents.docx("cache.docx",
                "[#if convention.fiches?size == 0]${convention.pasDeFiche}[/#if]"), Kind.UNKNOWN_NAME);
        assertTrue(hidden.message().contains("pasDeFiche"), hidden.message());
    }

    @Test
    void rowMarkerTypedAsTextInATableCell() throws Exception {
        TemplateFile template = Documents.docx("ligne.docx", doc -> {
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("N°");
            table.getRow(1).getCell(0).setText("@before-row[#list convention.fiches as fiche]${fiche.numero}");
            table.getRow(1).getCell(1).setText("${fiche.intitule}@after-row[/#list]");
        }, "Plan d'actions");
        TemplateProblem p = refused(template, Kind.SYNTAX);
        assertTrue(p.message().contains("@before-row") && p.message().contains("champ"), p.message());
        assertTrue(p.location().contains("tableau 1, ligne 2, colonne 1"), p.location());
    }

    @Test
    void operatorThatWordWouldEscape() throws Exception {
        TemplateProblem p = refused(Documents.docx("superieur.docx",
                "[#if convention.fiches?size > 3]Beaucoup de fiches[/#if]"), Kind.SYNTAX);
        assertTrue(p.message().contains("gt"), p.message());
    }

    @Test
    void blockFromACellToTheTextAfterTheTable() throws Exception {
        TemplateFile template = Documents.docx("cellule.docx", doc -> {
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("[#list convention.fiches as fiche]${fiche.numero}");
            doc.createParagraph().createRun().setText("${fiche.intitule}[/#list]");
        }, "Plan");
        TemplateProblem p = refused(template, Kind.UNBALANCED);
        assertTrue(p.message().contains("@before-row"), p.message());
    }

    @Test
    void brokenZipIsRefusedWithItsName() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> TemplateFile.of("pas-un-modele.docx", "ceci n'est pas un document".getBytes()));
        assertTrue(e.getMessage().contains("« pas-un-modele.docx » n'est pas un modèle"), e.getMessage());
    }

    @Test
    void theDefaultTemplatesHaveNoProblem() throws Exception {
        for (DefaultTemplate template : DefaultTemplate.values()) {
            for (boolean docx : new boolean[] {true, false}) {
                List<TemplateProblem> problems = DocumentGenerator.check(template.load(docx)).problems();
                assertTrue(problems.isEmpty(), template + (docx ? " docx " : " odt ") + problems);
            }
        }
    }
}
