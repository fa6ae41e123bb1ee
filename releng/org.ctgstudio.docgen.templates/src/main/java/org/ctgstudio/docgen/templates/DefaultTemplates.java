package org.ctgstudio.docgen.templates;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The default templates: each outline (resources {@code outlines/*.txt}) written as a Word and a LibreOffice
 * template. {@code main(folder)} writes them into that folder (regenerate.sh: the docgen bundle's templates/).
 */
public final class DefaultTemplates {

    /** The outlines, in the order of the docgen bundle's DefaultTemplate. */
    static final List<String> NAMES = List.of("convention", "suivi-annuel", "avenant");

    private DefaultTemplates() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : all().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
            System.out.println("written " + folder.resolve(file.getKey()));
        }
    }

    /** Every template file by name (convention.docx, convention.odt …). */
    static Map<String, byte[]> all() throws IOException {
        byte[] placeholder = placeholder();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            Outline outline = Outline.read(name, outline(name));
            files.put(name + ".docx", DocxWriter.write(outline, placeholder));
            files.put(name + ".odt", OdtWriter.write(outline, placeholder));
        }
        return files;
    }

    private static List<String> outline(String name) throws IOException {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream("/outlines/" + name + ".txt")) {
            if (in == null) {
                throw new IOException("outline " + name + ".txt not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The picture the templates hold where a diagram goes: replaced by the diagram when there is one. */
    static byte[] placeholder() throws IOException {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF2, 0xF2, 0xF2));
            g.fillRect(0, 0, 1600, 900);
            g.setColor(new Color(0x8E, 0xA9, 0xDB));
            g.setStroke(new BasicStroke(12f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {40f, 24f},
                    0f));
            g.drawRect(20, 20, 1560, 860);
            g.setColor(new Color(0x1F, 0x38, 0x64));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
            String text = "Emplacement du diagramme";
            g.drawString(text, (1600 - g.getFontMetrics().stringWidth(text)) / 2, 470);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
