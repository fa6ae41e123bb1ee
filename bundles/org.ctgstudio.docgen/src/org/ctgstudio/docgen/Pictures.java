package org.ctgstudio.docgen;

import java.awt.RenderingHints;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;

import org.ctgstudio.diagram.render.PngImages;

/**
 * The pictures a document shows, by representation name (« plan_actions », « gouvernance » …): a template's
 * placeholder picture whose bookmark (Word) or frame name (LibreOffice) is {@code diagramme_<name>} is replaced by
 * the picture of that name, scaled to the placeholder's width. PNG as given; SVG is drawn into a PNG (Word and
 * LibreOffice documents embed bitmaps reliably), at twice its size for print.
 */
public final class Pictures {

    private static final int SVG_SCALE = 2;
    private final Map<String, byte[]> png = new LinkedHashMap<>();

    public static Pictures none() {
        return new Pictures();
    }

    /** Adds a picture: PNG bytes, or an SVG document. */
    public Pictures with(String representation, byte[] pngOrSvg) throws DocumentException {
        png.put(representation, isSvg(pngOrSvg) ? svgToPng(representation, pngOrSvg) : pngOrSvg.clone());
        return this;
    }

    /** PNG bytes by representation name. */
    public Map<String, byte[]> png() {
        return Collections.unmodifiableMap(png);
    }

    private static boolean isSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!--");
    }

    private static byte[] svgToPng(String representation, byte[] svg) throws DocumentException {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg), null, LoaderContext.createDefault());
        if (document == null) {
            throw new DocumentException(Messages.format("picture.badSvg", representation));
        }
        FloatSize size = document.size();
        int width = Math.max(1, Math.round(size.width * SVG_SCALE));
        int height = Math.max(1, Math.round(size.height * SVG_SCALE));
        try {
            return PngImages.paint(width, height, g -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.scale(SVG_SCALE, SVG_SCALE);
                document.render(null, g);
            });
        } catch (UncheckedIOException e) {
            throw new DocumentException(Messages.format("picture.badSvg", representation), e);
        }
    }
}
