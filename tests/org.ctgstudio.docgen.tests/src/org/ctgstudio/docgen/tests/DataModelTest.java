package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.Pictures;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.check.DataModelSchema;
import org.ctgstudio.docgen.model.Article;
import org.ctgstudio.docgen.model.ConventionViews;
import org.ctgstudio.docgen.model.DateFr;
import org.ctgstudio.docgen.model.Fiche;
import org.ctgstudio.docgen.model.Montant;
import org.ctgstudio.docgen.model.Nombre;
import org.ctgstudio.docgen.model.Pourcentage;
import org.ctgstudio.docgen.model.TemplateData;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.RuleProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data templates see: French formats, French labels whatever the UI language, every name documented. */
class DataModelTest {

    private static GlobalTerritorialAgreement convention;

    @BeforeAll
    static void load() throws Exception {
        convention = Examples.convention();
    }

    @Test
    void datesNumbersAndAmountsAreFrench() {
        assertEquals("31 d\u00E9cembre 2029", DateFr.of(LocalDate.of(2029, 12, 31)).toString());
        assertEquals("1er janvier 2025", DateFr.of(LocalDate.of(2025, 1, 1)).longue());
        assertEquals("31/12/2029", DateFr.of(LocalDate.of(2029, 12, 31)).courte());
        assertEquals("", DateFr.VIDE.toString());
        assertEquals("2\u00A0600,00\u00A0\u20AC", Montant.of(new BigDecimal("2600")).toString());
        assertEquals("86\u00A0500\u00A0\u20AC", Montant.of(new BigDecimal("86500")).entier());
        assertEquals("0,8", Nombre.of(new BigDecimal("0.80")).toString());
        assertEquals("23\u00A0870", Nombre.of(23870).toString());
        assertEquals("12,5\u00A0%", Pourcentage.of(new BigDecimal("12.5")).toString());
    }

    @Test
    void labelsAreFrenchEvenForAnEnglishUserInterface() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            TemplateData data = ConventionViews.of(convention, 0, 0, RuleProfile.defaults());
            Fiche fa01 = data.convention().fiches().get(0);
            assertEquals("En cours", fa01.statut());
            assertEquals("IN_PROGRESS", fa01.statutCode());
            assertEquals("Petite enfance (0\u20133 ans)", fa01.thematiques());
            assertEquals("mars 2025 \u2013 septembre 2026", fa01.calendrier());
            assertEquals("Communaut\u00E9 de communes", data.territoire().type());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void viewsFollowTheModel() {
        TemplateData data = ConventionViews.of(convention, 0, 0, RuleProfile.defaults());
        assertEquals(convention.getActions().size(), data.convention().fiches().size());
        assertEquals("Caf de l'Exemple", data.caf().nom());
        assertEquals(12, data.territoire().nombreCommunes());
        Fiche fa01 = data.convention().fiches().get(0);
        assertTrue(fa01.axe().startsWith("Axe 1 \u2013 "), fa01.axe());
        assertTrue(fa01.constat().contains("B1"), "needs of its objectives: " + fa01.constat());
        assertEquals(fa01.budget(), fa01.totalFinancements(), "FA01's funding plan equals its budget");
        assertEquals("1", data.parametres().get("copilMinPerYear"));
        assertTrue(data.suivi().annee() > 0 && !data.suivi().indicateurs().isEmpty());
    }

    @Test
    void articleFieldsAreFilledInTheSandbox() throws Exception {
        TemplateData data = ConventionViews.of(convention, 0, 0, RuleProfile.defaults());
        Article before = data.convention().articles().get(10);
        assertTrue(before.texte().contains("${convention.debut}"), "raw text of the model");
        Path out = Files.createTempDirectory("article").resolve("a.docx");
        org.ctgstudio.docgen.DocumentGenerator.generate(org.ctgstudio.docgen.GenerationRequest.of(convention,
                Documents.docx("articles.docx", "[#list convention.articles as article]${article.texte}[#sep] [/#list]"),
                org.ctgstudio.docgen.OutputFormat.DOCX, out));
        try (var doc = Documents.open(out)) {
            String text = String.join(" ", Documents.texts(doc));
            assertTrue(text.contains("du 1er janvier 2025 au 31 d\u00E9cembre 2029"), text);
            assertFalse(text.contains("${"), text);
        }
    }

    /** An article's unknown fields are listed after how many there are, in the singular or the plural. */
    @Test
    void unknownFieldsOfAnArticleAreCountedAndListed() throws Exception {
        GlobalTerritorialAgreement copy = Examples.convention();
        ArticleInstance article = copy.getArticles().get(10);
        String named = "Article " + article.getNumber() + " \u00AB " + article.getTitle()
                + " \u00BB de la convention : ";
        article.setBody("Du ${convention.debutt} au ${convention.finn}.");
        String two = articleFailure(copy);
        assertTrue(two.startsWith(named + "champs inconnus dans son texte : ") && two.contains("debutt")
                && two.contains("finn"), two);
        article.setBody("Du ${convention.debut} au ${convention.finn}.");
        String one = articleFailure(copy);
        assertTrue(one.startsWith(named + "champ inconnu dans son texte : ") && !one.contains("debut,"), one);
    }

    private static String articleFailure(GlobalTerritorialAgreement agreement) throws Exception {
        // Refused before anything is written: the folder stays empty and goes at once.
        Path folder = Files.createTempDirectory("article");
        Path out = folder.resolve("a.docx");
        TemplateFile template = Documents.docx("articles.docx", "[#list convention.articles as a]${a.texte}[/#list]");
        try {
            return assertThrows(DocumentException.class, () -> DocumentGenerator.generate(
                    GenerationRequest.of(agreement, template, OutputFormat.DOCX, out))).getMessage();
        } finally {
            Files.deleteIfExists(out);
            Files.delete(folder);
        }
    }

    @Test
    void svgPicturesBecomePng() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
                + "<rect x=\"10\" y=\"10\" width=\"180\" height=\"80\" fill=\"#1f3864\"/></svg>";
        byte[] png = Pictures.none().with("plan_actions", svg.getBytes(StandardCharsets.UTF_8)).png()
                .get("plan_actions");
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(400, image.getWidth(), "drawn at twice its size for print");
        assertEquals(0xFF1F3864, image.getRGB(200, 100));
    }

    /** The user guide's reference page names every name of the data model (French and English pages). */
    @Test
    void everyNameIsDocumentedInTheUserGuide() throws Exception {
        Path help = Examples.root().resolve("bundles/org.ctgstudio.help");
        for (Path page : new Path[] {help.resolve("html/donnees-modeles.html"),
                help.resolve("nl/en/html/donnees-modeles.html")}) {
            String html = Files.readString(page);
            for (Map.Entry<String, Type> root : DataModelSchema.roots().entrySet()) {
                assertTrue(html.contains("<code>" + root.getKey() + "</code>"), page + ": root " + root.getKey());
            }
            for (Class<?> type : DataModelSchema.recordTypes()) {
                for (String name : DataModelSchema.members(type).keySet()) {
                    assertTrue(html.contains("id=\"" + type.getSimpleName() + "\"")
                            && html.contains("<code>." + name + "</code>"), page + ": " + type.getSimpleName() + "."
                                    + name);
                }
            }
        }
    }
}
