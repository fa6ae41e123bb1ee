package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code ctgstudio coverage} on the Caf de l'Exemple's deployment plan: the brief's rates, through the product. */
class CoverageCommandTest {

    private static final String PLAN = "examples/workspace/Val-d-Exemple/deploiement-caf-exemple.ctgd";
    private static final List<String> RATES = List.of("14.1", "54.9", "62.5", "74.9", "83.3", "92.7", "100.0");
    private static final String TARGET = "releng/org.ctgstudio.cli.tests/target/";

    @Test
    void textShowsTheBriefsRatesInFrench() throws Exception {
        Cli.Run run = Cli.run("coverage", PLAN);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s).*\\n2018 +58[\\u00A0\\u202F]000 +14,1 % +20 % +-5,9 +non\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n2021 +308[\\u00A0\\u202F]570 +74,9 % +75 % +-0,1 +non\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n2024 +411[\\u00A0\\u202F]870 +100 % *\\n.*"), run.out());
    }

    @Test
    void jsonGivesEveryYearAgainstItsTarget() throws Exception {
        Cli.Run run = Cli.run("coverage", PLAN, "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonArray years = run.json().getAsJsonArray("years");
        List<String> rates = new ArrayList<>();
        for (JsonElement year : years) {
            int y = year.getAsJsonObject().get("year").getAsInt();
            if (y >= 2018 && y <= 2024) {
                rates.add(year.getAsJsonObject().get("rate").getAsBigDecimal().toPlainString());
            }
        }
        assertEquals(RATES, rates);
        JsonObject y2021 = years.get(3).getAsJsonObject();
        assertEquals(2021, y2021.get("year").getAsInt());
        assertEquals(0, y2021.get("target").getAsBigDecimal().compareTo(new java.math.BigDecimal("75")));
        assertFalse(y2021.get("meetsTarget").getAsBoolean(), "74,9 % does not meet 75 %");

        JsonArray one = Cli.run("coverage", PLAN, "--year", "2021", "--format", "json").json().getAsJsonArray("years");
        assertEquals(1, one.size());
        assertEquals("74.9", one.get(0).getAsJsonObject().get("rate").getAsBigDecimal().toPlainString());
    }

    @Test
    void csvParsesWithTheSameFigures() throws Exception {
        Cli.Run run = Cli.run("coverage", PLAN, "--format", "csv");
        assertEquals(0, run.exitCode(), run.toString());
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(RATES, records.subList(0, 7).stream().map(r -> r.get("rate")).toList());
        CSVRecord y2021 = records.get(3);
        assertEquals("2021", y2021.get("year"));
        assertEquals("308570", y2021.get("coveredPopulation"));
        assertEquals("75", y2021.get("target").replaceAll("\\.0+$", ""));
        assertEquals("false", y2021.get("meetsTarget"));
    }

    @Test
    void theChartIsWrittenAsSvgAndPng() throws Exception {
        Files.createDirectories(Cli.root().resolve(TARGET));
        Files.deleteIfExists(Cli.root().resolve(TARGET + "couverture.svg"));
        Cli.Run svg = Cli.run("coverage", PLAN, "--chart", TARGET + "couverture.svg");
        assertEquals(0, svg.exitCode(), svg.toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(Cli.root().resolve(TARGET + "couverture.svg").toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        assertEquals(null, document.getDoctype(), "no DOCTYPE: XML tools would fetch its DTD");
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent().strip());
        }
        assertTrue(labels.containsAll(List.of("2018", "2021", "2024", "75 %")), labels.toString());
        assertTrue(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() >= 7,
                "a bar per year");

        Cli.Run png = Cli.run("coverage", PLAN, "--chart", TARGET + "couverture.png", "--format", "csv");
        assertEquals(0, png.exitCode(), png.toString());
        BufferedImage image = ImageIO.read(Cli.root().resolve(TARGET + "couverture.png").toFile());
        assertEquals(720, image.getWidth());
        assertEquals(360, image.getHeight());
        boolean green = false;
        boolean orange = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                green |= rgb == 0x2E7D4F;
                orange |= rgb == 0xE67E22;
            }
        }
        assertTrue(green && orange, "bars of years that meet (green) and miss (orange) their target");
    }

    @Test
    void wrongInputsWriteNothing() throws Exception {
        Path chart = Cli.root().resolve(TARGET + "jamais.svg");
        Files.deleteIfExists(chart);
        Cli.Run notPlan = Cli.run("coverage", "examples/variants/sans-caf.ctg", "--chart", TARGET + "jamais.svg");
        assertEquals(2, notPlan.exitCode(), notPlan.toString());
        Cli.assertOneLine(notPlan);
        assertFalse(Files.exists(chart));
        Cli.Run extension = Cli.run("coverage", PLAN, "--chart", TARGET + "graphique.gif");
        assertEquals(64, extension.exitCode(), extension.toString());
        Cli.assertOneLine(extension);
        Cli.Run year = Cli.run("coverage", PLAN, "--year", "deux-mille");
        assertEquals(64, year.exitCode(), year.toString());
        Cli.assertOneLine(year);
        Cli.Run missing = Cli.run("coverage", "absent.ctgd");
        assertEquals(3, missing.exitCode(), missing.toString());
        Cli.assertOneLine(missing);
        assertTrue(Files.notExists(Path.of("absent.ctgd")));
    }
}
