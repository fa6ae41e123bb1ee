package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code ctgstudio export-diagram}: pictures of the example's diagrams and of a broken variant, through the product. */
class ExportDiagramCommandTest {

    private static final String CONVENTION = "examples/workspace/Val-d-Exemple/ctg-val-d-exemple-2025-2029.ctg";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String TARGET = "releng/org.ctgstudio.cli.tests/target/export-diagram/";

    private static Path fresh(String name) throws Exception {
        Path file = Files.createDirectories(Cli.root().resolve(TARGET)).resolve(name);
        Files.deleteIfExists(file);
        return file;
    }

    /** The texts of an SVG picture, parsed as XML (no DTD fetched), one line of each label per text element. */
    static String texts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals(SVG_NS, document.getDocumentElement().getNamespaceURI());
        NodeList texts = document.getElementsByTagNameNS(SVG_NS, "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent().strip());
        }
        // A label wrapped over several lines reads whole once its lines are joined.
        return String.join(" ", lines).replaceAll("\\s+", " ");
    }

    @Test
    void planDActionsAsSvgShowsAxesObjectivesAndFiches() throws Exception {
        Path svg = fresh("plan-actions.svg");
        Cli.Run run = Cli.run("export-diagram", CONVENTION, "--representation", "plan-actions", "--format", "svg",
                "--out", TARGET + "plan-actions.svg");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(TARGET + "plan-actions.svg : diagramme « Plan d'actions » exporté en SVG, "),
                run.out());
        assertEquals("", run.err(), "nothing on stderr (no logging library complaining)");
        String texts = texts(svg);
        for (String label : List.of("Axe 1 – Accueillir le jeune enfant", "Enfance-jeunesse", "O1.1", "FA01",
                "Extension du multi-accueil « Les Petits Pas »", "FA02")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
    }

    @Test
    void everyDiagramAsPngByItsFrenchOrEnglishName() throws Exception {
        for (String name : List.of("Plan d'actions", "partenariat", "Governance", "Territoire et équipements")) {
            Path png = fresh("diagramme.png");
            Cli.Run run = Cli.run("export-diagram", CONVENTION, "--representation", name, "--out",
                    TARGET + "diagramme.png");
            assertEquals(0, run.exitCode(), name + ": " + run);
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, name + ": a PNG image");
            assertTrue(image.getWidth() > 300 && image.getHeight() > 100, name + ": " + image.getWidth() + "×"
                    + image.getHeight());
            assertTrue(distinctColours(image) > 3, name + ": a drawing, not a blank picture");
        }
    }

    @Test
    void aBrokenVariantStillHasItsDiagram() throws Exception {
        Path svg = fresh("sans-caf.svg");
        Cli.Run run = Cli.run("-nl", "en", "export-diagram", "examples/variants/sans-caf.ctg", "--representation",
                "Action plan", "--out", TARGET + "sans-caf.svg");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains(": diagram 'Action plan' exported as SVG, "), run.out());
        assertTrue(texts(svg).contains("FA12"), "the variant's fiches are drawn");
    }

    /** A representation file beside the model is what is drawn: its hidden element and layers; damaged: exit 3. */
    @Test
    void theStoredRepresentationIsDrawnAndADamagedOneIsRefused() throws Exception {
        Path copy = Files.createDirectories(Cli.root().resolve(TARGET + "copie"));
        Path source = Cli.root().resolve("examples/workspace/Val-d-Exemple");
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String model = TARGET + "copie/ctg-val-d-exemple-2025-2029.ctg";
        Path stored = copy.resolve("ctg-val-d-exemple-2025-2029.plan-actions.ctgr");
        // As the editor saves it: FA02 hidden from the diagram, the indicators' layer switched off.
        Files.writeString(stored, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ctgrep:Representation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:ctgrep="http://ctgstudio.org/diagram/representation/1.0" name="Plan d'actions" \
                descriptionId="plan-actions">
                  <semanticRoot href="ctg-val-d-exemple-2025-2029.ctg#_7ec4f742-f9e3-59b4-92bb-9b5d5204c636"/>
                  <hiddenElements>_ef4cc640-984c-5ba4-90a8-24c849f0ee94</hiddenElements>
                </ctgrep:Representation>
                """);
        Path svg = fresh("stockee.svg");
        Cli.Run run = Cli.run("export-diagram", model, "--representation", "plan-actions", "--out",
                TARGET + "stockee.svg");
        assertEquals(0, run.exitCode(), run.toString());
        String texts = texts(svg);
        assertTrue(texts.contains("FA01") && texts.contains("FA03"), texts);
        assertFalse(texts.contains("FA02"), "FA02 is hidden in the representation: " + texts);
        assertFalse(texts.contains("FA01-I1"), "the indicators' layer is off: " + texts);

        Files.writeString(stored, "<ctgrep:Representation xmlns:ctgrep=");
        Path damaged = fresh("abimee.svg");
        Cli.Run refused = assertFails(3, model, "--representation", "plan-actions", "--out", TARGET + "abimee.svg");
        assertTrue(refused.err().startsWith("Représentation illisible : " + TARGET
                + "copie/ctg-val-d-exemple-2025-2029.plan-actions.ctgr, ligne 1, colonne "), refused.err());
        assertFalse(Files.exists(damaged));
    }

    @Test
    void anUnknownRepresentationListsTheAvailableOnesAndWritesNothing() throws Exception {
        Path out = fresh("jamais.svg");
        Cli.Run run = assertFails(2, CONVENTION, "--representation", "organigramme", "--out", TARGET + "jamais.svg");
        assertTrue(run.err().startsWith("Représentation introuvable : organigramme. Représentations disponibles dans "
                + CONVENTION + " : plan-actions (Plan d'actions), partenariat (Partenariat), gouvernance (Gouvernance), "
                + "territoire (Territoire et équipements)"), run.err());
        assertFalse(Files.exists(out));

        Cli.Run english = Cli.run("-nl", "en", "export-diagram", CONVENTION, "--representation", "organigramme",
                "--out", TARGET + "jamais.svg");
        assertEquals(2, english.exitCode(), english.toString());
        assertTrue(english.err().startsWith("Representation not found: organigramme."), english.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void userErrorsAreOneLineWithTheirExitCode() throws Exception {
        Path out = fresh("erreur.svg");
        String svg = TARGET + "erreur.svg";
        assertFails(2, "examples/workspace/Val-d-Exemple/deploiement-caf-exemple.ctgd", "--representation",
                "plan-actions", "--out", svg);
        assertFails(3, "absent.ctg", "--representation", "plan-actions", "--out", svg);
        assertFails(64, CONVENTION, "--representation", "plan-actions", "--format", "gif", "--out", svg);
        assertFails(64, CONVENTION, "--representation", "plan-actions", "--out", TARGET + "erreur");
        assertFails(64, CONVENTION, "--out", svg);
        assertFails(2, CONVENTION, "--representation", "plan-actions", "--out", TARGET + "absent/erreur.svg");
        assertFalse(Files.exists(out));
    }

    /** export-diagram with {@code args} stops with {@code exitCode} and one line on stderr. */
    private static Cli.Run assertFails(int exitCode, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "export-diagram";
        System.arraycopy(args, 0, command, 1, args.length);
        Cli.Run run = Cli.run(command);
        assertEquals(exitCode, run.exitCode(), run.toString());
        Cli.assertOneLine(run);
        return run;
    }

    @Test
    void headlessWithNoUiClassAndTheSameFromPlainJava() throws Exception {
        Path log = fresh("class-load.log");
        Path svg = fresh("headless.svg");
        Cli.Run run = Cli.run(Map.of("CTGSTUDIO_VM_ARGS", "-Xlog:class+load=info:file=" + log), Cli.root(),
                "export-diagram", CONVENTION, "--representation", "gouvernance", "--out", TARGET + "headless.svg");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.ctgstudio.diagram.render.DiagramPainter ")),
                "the class loading log lists the painter");
        List<String> ui = loaded.stream().filter(line -> HeadlessTest.UI_PACKAGES.stream()
                .anyMatch(p -> line.contains(" " + p))).toList();
        assertTrue(ui.isEmpty(), "UI classes loaded: " + ui);

        Path plain = fresh("plain.svg");
        Cli.Run plainRun = Cli.plain("export-diagram", CONVENTION, "--representation", "gouvernance", "--out",
                TARGET + "plain.svg");
        assertEquals(0, plainRun.exitCode(), plainRun.toString());
        assertEquals(texts(svg), texts(plain), "the plain-Java jar draws the same picture");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
