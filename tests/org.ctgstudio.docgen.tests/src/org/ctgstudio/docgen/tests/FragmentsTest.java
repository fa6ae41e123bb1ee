package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.fragments.Contribution;
import org.ctgstudio.docgen.fragments.DocumentFragment;
import org.ctgstudio.docgen.fragments.FragmentSlot;
import org.ctgstudio.docgen.fragments.TemplateDataProvider;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Document fragments of plugins, without the example extension (this runtime does not hold it; its fragment is proved
 * present in org.ctgstudio.extension.tests): the default convention's slots print nothing, a fragment given here
 * appears at its slot in DOCX and ODT, and a failing or hostile one is left out with a located warning while the rest
 * of the document is produced.
 */
class FragmentsTest {

    private static final String PLUGIN = "org.example.tests";
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"),
            "ctg-fragment-pwned-" + ProcessHandle.current().pid());
    private static GlobalTerritorialAgreement convention;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        convention = Examples.convention();
    }

    /** The test's data: a record of this package, readable by bodies. */
    public record Lignes(List<String> noms) {
    }

    /** A record holding an EMF object: the body must not reach its methods. */
    public record Brut(EObject objet) {
    }

    private static DocumentFragment fragment(String id, FragmentSlot slot, String title, String body,
            TemplateDataProvider data) {
        return new DocumentFragment(id, slot, title, title, body, data);
    }

    private static TemplateDataProvider data(String key, java.util.function.Function<GlobalTerritorialAgreement,
            Record> compute) {
        return new TemplateDataProvider() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Record data(GlobalTerritorialAgreement agreement) {
                return compute.apply(agreement);
            }
        };
    }

    private static List<Contribution> contributing(DocumentFragment... fragments) {
        return List.of(new Contribution(PLUGIN, () -> Arrays.asList(fragments)));
    }

    private GenerationResult generate(boolean docx, List<Contribution> fragments) throws Exception {
        Path out = folder.resolve("convention-" + System.nanoTime() + (docx ? ".docx" : ".odt"));
        GenerationRequest request = GenerationRequest.of(convention, DefaultTemplate.CONVENTION.load(docx),
                docx ? OutputFormat.DOCX : OutputFormat.ODT, out);
        return DocumentGenerator.generate(fragments == null ? request : request.withFragments(fragments));
    }

    /** The fragments' warnings (the default template also warns of its diagram picture, not given here). */
    private static List<TemplateProblem> fragmentWarnings(GenerationResult result) {
        return result.warnings().stream().filter(w -> w.kind() == TemplateProblem.Kind.FRAGMENT).toList();
    }

    private static String docxText(Path file) throws Exception {
        try (XWPFDocument doc = Documents.open(file)) {
            return String.join("\n", Documents.texts(doc));
        }
    }

    private static String odtText(Path file) throws Exception {
        return Documents.part(file, "content.xml").replace("&apos;", "'").replace("&quot;", "\"");
    }

    @Test
    void theExampleExtensionIsNotInThisRuntime() {
        Bundle self = FrameworkUtil.getBundle(FragmentsTest.class);
        assertTrue(Stream.of(self.getBundleContext().getBundles())
                .noneMatch(b -> b.getSymbolicName().equals("org.ctgstudio.example.extension")));
        assertEquals(List.of(), Contribution.installed(), "no plugin contributes fragments here");
    }

    @Test
    void withoutFragmentsTheSlotsPrintNothing() throws Exception {
        GenerationResult docx = generate(true, null);
        try (XWPFDocument doc = Documents.open(docx.output())) {
            List<IBodyElement> body = doc.getBodyElements();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getStyle() != null
                        && p.getStyle().startsWith("Titre")) {
                    assertFalse(p.getText().isBlank(), "no empty heading (paragraph " + i + ")");
                }
                if (body.get(i) instanceof XWPFParagraph p && p.getText().equals("Signatures")) {
                    assertTrue(body.get(i - 1) instanceof XWPFParagraph before && !before.getText().isBlank(),
                            "the last article comes right before the signatures");
                }
            }
            String text = String.join("\n", Documents.texts(doc));
            assertFalse(text.contains("fragment") || text.contains("${") || text.contains("[#"), "no field left");
        }
        assertEquals(List.of(), fragmentWarnings(docx));
        String odt = odtText(generate(false, null).output());
        assertFalse(odt.contains("fragment") || odt.contains("${"), "no field left in the ODT");
        assertFalse(odt.matches("(?s).*<text:h[^>]*>\\s*</text:h>.*") || odt.matches("(?s).*<text:h[^>]*/>.*"),
                "no empty heading in the ODT");
    }

    @Test
    void aFragmentAppearsAtItsSlotInDocxAndOdtWithItsDataEscaped() throws Exception {
        List<Contribution> fragments = contributing(
                fragment("lignes", FragmentSlot.ANNEXES, "Lignes locales", """
                        <p>Lignes de ${territoire.nom} :</p>
                        <table>[#list lignes.noms as nom]<tr><td>${nom}</td><td>${nom?length}</td></tr>[/#list]</table>
                        """, data("lignes", a -> new Lignes(List.of("Aide <A> & B", "Aide C")))),
                fragment("article", FragmentSlot.ARTICLES, "Article additionnel", "<p>Texte <b>ajouté</b>.</p>", null));
        GenerationResult docx = generate(true, fragments);
        assertEquals(List.of(), fragmentWarnings(docx));
        String text = docxText(docx.output());
        String territory = convention.getTerritory().getName();
        int annex = text.lastIndexOf("Lignes locales");
        assertTrue(annex > 0 && text.indexOf("Lignes de " + territory + " :", annex) > annex
                && text.indexOf("Aide <A> & B", annex) > annex, text);
        assertTrue(text.contains("Aide C"), "a table row per element");
        assertTrue(text.indexOf("Article additionnel") < text.indexOf("Signatures")
                && text.contains("Texte ajouté."), "the article slot comes before the signatures");
        assertTrue(text.contains("\u2013 Lignes locales"), "listed with the annexes");
        String xml = Documents.part(docx.output(), "word/document.xml");
        assertTrue(xml.contains("<w:tblW w:w=\"5000\" w:type=\"pct\"/>") && !xml.contains("w:w=\"2994\""),
                "the fragment's table fits the text width (XDocReport's own columns are 5.3 cm each)");
        String odt = odtText(generate(false, fragments).output());
        String odtText = odt.replaceAll("<[^>]+>", ""); // XDocReport puts each escaped character in a span
        assertTrue(odtText.contains("Aide &lt;A&gt; &amp; B"), "escaped once, as XML: " + odtText);
        assertTrue(odtText.contains("Lignes locales") && odtText.contains("Aide C")
                && odtText.contains("Article additionnel") && odtText.contains("Texte ajouté."), odtText);
    }

    /** The developer guide's test starts from a new, empty convention: its fragment is there all the same. */
    @Test
    void aNewEmptyConventionGetsItsFragment() throws Exception {
        GlobalTerritorialAgreement empty = org.ctgstudio.model.CtgFactory.eINSTANCE.createGlobalTerritorialAgreement();
        empty.setTitle("CTG d'essai");
        Path out = folder.resolve("vide.docx");
        GenerationResult result = DocumentGenerator.generate(GenerationRequest.of(empty,
                DefaultTemplate.CONVENTION.load(true), OutputFormat.DOCX, out).withFragments(contributing(
                        fragment("seule", FragmentSlot.ANNEXES, "Annexe seule", "<p>Contenu seul.</p>", null))));
        assertEquals(List.of(), fragmentWarnings(result));
        String text = docxText(result.output());
        assertTrue(text.contains("Annexe seule") && text.contains("Contenu seul."), text);
    }

    @Test
    void aFailingProviderOrBodyIsLeftOutWithALocatedWarningAndTheRestIsProduced() throws Exception {
        List<Contribution> fragments = contributing(
                fragment("donnees", FragmentSlot.ANNEXES, "Données cassées", "<p>x</p>",
                        data("cassees", a -> {
                            throw new IllegalStateException("base indisponible");
                        })),
                fragment("corps", FragmentSlot.ANNEXES, "Corps cassé", "<p>\n${inconnu.nom}</p>", null),
                fragment("html", FragmentSlot.ANNEXES, "HTML cassé", "<p>ouvert", null),
                fragment("lien", FragmentSlot.ANNEXES, "Lien", "<p><a href=\"file:///etc/passwd\">x</a></p>", null),
                fragment("bon", FragmentSlot.ANNEXES, "Annexe saine", "<p>Présente.</p>", null));
        GenerationResult result = generate(true, fragments);
        String text = docxText(result.output());
        assertTrue(text.contains("Annexe saine") && text.contains("Présente."), "the sound fragment is there");
        assertFalse(text.contains("Données cassées") || text.contains("Corps cassé") || text.contains("HTML cassé")
                || text.contains("\nLien\n"));
        assertTrue(text.contains("Fiche action FA01"), "the rest of the document");
        List<String> messages = fragmentWarnings(result).stream().map(TemplateProblem::toString).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("Le fragment « donnees » du plugin " + PLUGIN + " a été omis du document")
                && messages.get(0).contains("base indisponible"), messages.get(0));
        assertTrue(messages.get(1).contains("« corps »") && messages.get(1).contains("ligne 2, colonne 3")
                && messages.get(1).contains("inconnu"), messages.get(1));
        assertTrue(messages.get(2).contains("« html »") && messages.get(2).contains("HTML bien formé"),
                messages.get(2));
        assertTrue(messages.get(3).contains("« lien »") && messages.get(3).contains("<a>"), messages.get(3));
        assertTrue(fragmentWarnings(result).stream().noneMatch(TemplateProblem::error), "warnings, not errors");
    }

    /** A fragment can do no more than a template: each payload of the sandbox test, as a body, is refused. */
    @ParameterizedTest
    @MethodSource("payloads")
    void aHostileBodyIsRefusedByTheSandbox(String payload) throws Exception {
        Files.deleteIfExists(MARKER);
        GenerationResult result = generate(true, contributing(fragment("charge", FragmentSlot.ANNEXES,
                "Annexe piégée", "<p>" + payload + "</p>", data("brut", a -> new Brut(a)))));
        assertFalse(Files.exists(MARKER), "the command did not run");
        assertFalse(docxText(result.output()).contains("Annexe piégée"), payload);
        List<TemplateProblem> warnings = fragmentWarnings(result);
        assertEquals(1, warnings.size(), payload);
        assertTrue(warnings.get(0).message().contains("« charge »"), warnings.get(0).message());
    }

    static Stream<String> payloads() {
        return SandboxTest.payloads(MARKER);
    }

    @Test
    void theDataNeverOpensItsEmfObjects() throws Exception {
        for (String body : List.of("${brut.objet.eResource().save(null)}", "${brut.objet.eClass().name}",
                "${brut.objet.getClass()}")) {
            GenerationResult result = generate(true, contributing(fragment("brut", FragmentSlot.ANNEXES, "Brut",
                    "<p>" + body + "</p>", data("brut", a -> new Brut(a)))));
            assertEquals(1, fragmentWarnings(result).size(), body);
            assertFalse(docxText(result.output()).contains("\nBrut\n"), body);
        }
    }
}
