package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.render.DiagramPictures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The four diagrams of the example as SVG and PNG, from plain Java without a display, written to
 * target/diagram-pictures (the README shows one of them). The pictures hold every node's label and are as large as
 * the laid-out diagram.
 */
class PicturesTest {

    static DiagramFixture fixture;
    static Path out;

    @BeforeAll
    static void setUp() throws Exception {
        fixture = new DiagramFixture();
        out = Files.createDirectories(Path.of(System.getProperty("ctg.pictures", "target/diagram-pictures")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "plan-actions", "partenariat", "gouvernance", "territoire" })
    void exportsSvgAndPng(String id) throws Exception {
        RepresentationDescription description = DiagramFixture.description(id);
        DiagramPictures pictures = new DiagramPictures();
        String svg = pictures.svg(description, fixture.convention);
        Files.writeString(out.resolve(id + ".svg"), svg);
        assertTrue(!svg.contains("<!DOCTYPE"), "no DTD to fetch");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getNodeName() : document.getDocumentElement().getLocalName());
        var view = fixture.build(fixture.representation(id));
        int texts = document.getElementsByTagName("text").getLength();
        long nodes = view.views().values().stream().filter(v -> v.model() instanceof org.eclipse.glsp.graph.GNode)
                .count();
        assertTrue(texts >= nodes, id + ": " + texts + " texts for " + nodes + " nodes");
        String firstLabel = DiagramFixture.text(view.views().values().iterator().next().model()).split("\n")[0];
        assertTrue(svg.contains(escape(firstLabel)), id + ": " + firstLabel);

        byte[] png = pictures.png(description, fixture.convention, 1.0);
        Files.write(out.resolve(id + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 300 && image.getHeight() > 100, id + ": " + image.getWidth() + "x"
                + image.getHeight());
        String width = document.getDocumentElement().getAttribute("width");
        assertEquals(image.getWidth(), (int) Double.parseDouble(width.replace("px", "")), "SVG and PNG same size");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
