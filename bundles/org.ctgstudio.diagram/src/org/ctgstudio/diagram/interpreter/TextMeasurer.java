package org.ctgstudio.diagram.interpreter;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Label sizes computed on the server with Java2D font metrics, so the client never renders the diagram hidden to
 * measure it (GLSP's bounds pass doubles every model round trip). The client and the picture painter use the same
 * font family ({@link #FONT_FAMILY}); long labels are wrapped here, at word boundaries, into lines of at most
 * {@link #MAX_LINE_WIDTH} pixels, and the lines travel in the label text separated by {@code \n}.
 */
public final class TextMeasurer {

    /** The font of diagram texts, in the client's CSS too. DejaVu Sans ships with Debian and most Linux desktops. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    public static final double MAX_LINE_WIDTH = 200;
    public static final double LINE_HEIGHT_FACTOR = 1.25;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Map<Integer, Font> fonts = new ConcurrentHashMap<>();

    public Font font(int size, boolean bold, boolean italic) {
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        return fonts.computeIfAbsent(size * 4 + style, key -> new Font(FONT_FAMILY, style, size));
    }

    public double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The text broken into lines no wider than {@link #MAX_LINE_WIDTH} (a longer single word keeps its line). */
    public List<String> wrap(String text, Font font) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, font) > MAX_LINE_WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width and height of wrapped lines. */
    public double[] size(List<String> lines, Font font) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, width(line, font));
        }
        return new double[] { Math.ceil(width), Math.ceil(lines.size() * font.getSize2D() * LINE_HEIGHT_FACTOR) };
    }
}
