package org.ctgstudio.coverage.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.w3c.dom.Document;

/** The coverage chart as an image in memory, or as an SVG (Batik's SVG generator) or PNG file. */
public final class ChartFiles {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg"; //$NON-NLS-1$

    private ChartFiles() {
    }

    /** The chart painted on a new RGB image of {@code width} × {@code height} pixels. */
    public static BufferedImage image(List<YearCoverage> years, int width, int height) {
        return image(years, width, height, 1);
    }

    /**
     * The chart of {@code width} × {@code height} units on an image {@code scale} times larger (a screen's zoom:
     * 2 for 200 %), so that lines and text stay sharp.
     */
    public static BufferedImage image(List<YearCoverage> years, int width, int height, double scale) {
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.round(width * scale)),
                Math.max(1, (int) Math.round(height * scale)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            CoverageChart.paint(g, years, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the chart to {@code file}, as SVG or PNG after its extension (.svg, .png). The file is written whole or
     * not at all: a temporary file beside it is moved over it once complete.
     *
     * @throws IllegalArgumentException for another extension
     */
    public static void write(List<YearCoverage> years, int width, int height, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg"); //$NON-NLS-1$
        if (!svg && !name.endsWith(".png")) { //$NON-NLS-1$
            throw new IllegalArgumentException(file.toString());
        }
        // Created as any new file (the user's umask), not 0600 as a temporary file would be.
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + ProcessHandle.current().pid() + ".tmp"); //$NON-NLS-1$
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (svg) {
                    writeSvg(years, width, height, out);
                } else {
                    ImageIO.write(image(years, width, height), "png", out); //$NON-NLS-1$
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The chart as an SVG document (UTF-8), drawn by the same painter on Batik's SVG Graphics2D. */
    public static void writeSvg(List<YearCoverage> years, int width, int height, OutputStream out)
            throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null); //$NON-NLS-1$
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("CTG Studio"); //$NON-NLS-1$
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        try {
            CoverageChart.paint(g, years, width, height);
            // Written by the JDK's serializer rather than Batik's stream(), which adds a DOCTYPE naming the W3C's
            // DTD: XML tools would then try to fetch it from the network to read the file.
            Transformer serializer = TransformerFactory.newInstance().newTransformer();
            serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
            serializer.transform(new DOMSource(g.getRoot()), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException(e);
        } finally {
            g.dispose();
        }
    }
}
