package org.ctgstudio.diagram.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.interpreter.DiagramInterpreter;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GGraph;
import org.w3c.dom.Document;

/**
 * Pictures of diagrams without a browser or a display, from plain Java: SVG text and PNG bytes of a representation
 * (its stored layout; elements without one are laid out by ELK), or of a description applied to a model root
 * (laid out whole). Documents and the command line use this; it paints with {@link DiagramPainter}, as the editor
 * draws.
 *
 * <pre>
 * DiagramPictures pictures = new DiagramPictures();
 * String svg = pictures.svg(representation);                  // a stored diagram
 * byte[] png = pictures.png(description, convention, 2.0);    // a fresh one, at twice the size
 * </pre>
 */
public final class DiagramPictures {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            DiagramPictures.class);

    private final TextMeasurer measurer = new TextMeasurer();
    private final DiagramInterpreter interpreter = new DiagramInterpreter(new DescriptionExpressions(), measurer);
    private final DiagramLayout layout = new DiagramLayout();
    private final DescriptionRegistry registry;

    public DiagramPictures() {
        this(DescriptionRegistry.instance());
    }

    public DiagramPictures(DescriptionRegistry registry) {
        this.registry = registry;
    }

    /** The laid-out GModel of a stored representation (the representation is not changed). */
    public GGraph graph(Representation representation) {
        RepresentationDescription description = registry.get(representation.getDescriptionId());
        if (description == null) {
            throw new IllegalArgumentException(MESSAGES.format("representation.unknownDescription",
                    representation.getName(), representation.getDescriptionId()));
        }
        EObject root = representation.getSemanticRoot();
        if (root == null || root.eIsProxy()) {
            throw new IllegalArgumentException(MESSAGES.format("representation.noRoot", representation.getName()));
        }
        // With the layers its description gained since (an extension installed since), on a copy: the file stays.
        Representation view = EcoreUtil.copy(representation);
        Representations.adoptNewLayers(view, description);
        return graph(description, view, root);
    }

    /** The laid-out GModel of a description applied to a model root, with no stored state. */
    public GGraph graph(RepresentationDescription description, EObject root) {
        Representation transientState = RepresentationFactory.eINSTANCE.createRepresentation();
        description.getLayers().stream().filter(layer -> layer.isActiveByDefault())
                .forEach(layer -> transientState.getActiveLayers().add(layer.getId()));
        description.getFilters().stream().filter(filter -> filter.isActiveByDefault())
                .forEach(filter -> transientState.getActiveFilters().add(filter.getId()));
        return graph(description, transientState, root);
    }

    private GGraph graph(RepresentationDescription description, Representation state, EObject root) {
        DiagramView view = interpreter.build(description, state, root);
        DiagramLayout.apply(view.graph(), layout.placeUnplaced(view.graph(), view.unplaced(),
                description.getLayoutDirection()));
        return view.graph();
    }

    public String svg(Representation representation) {
        return svg(graph(representation));
    }

    public String svg(RepresentationDescription description, EObject root) {
        return svg(graph(description, root));
    }

    public byte[] png(Representation representation, double scale) {
        return png(graph(representation), scale);
    }

    public byte[] png(RepresentationDescription description, EObject root, double scale) {
        return png(graph(description, root), scale);
    }

    /** SVG of a laid-out GModel (Batik's SVG generator: shapes, paths and texts, fonts by name). */
    public String svg(GGraph graph) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("CTG Studio");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        DiagramPainter painter = new DiagramPainter(measurer);
        Rectangle2D bounds = painter.bounds(graph);
        int width = (int) Math.ceil(bounds.getWidth() + 2 * DiagramPainter.MARGIN);
        int height = (int) Math.ceil(bounds.getHeight() + 2 * DiagramPainter.MARGIN);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        painter.paint(g, graph);
        // Written by the JDK's serializer rather than Batik's stream(): Batik adds a DOCTYPE that makes XML readers
        // of the picture fetch the SVG DTD from the network.
        StringWriter out = new StringWriter();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(g.getRoot()), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        } finally {
            g.dispose();
        }
        return out.toString();
    }

    /** PNG of a laid-out GModel, {@code scale} 1 = 100 %. */
    public byte[] png(GGraph graph, double scale) {
        DiagramPainter painter = new DiagramPainter(measurer);
        Rectangle2D bounds = painter.bounds(graph);
        int width = (int) Math.ceil((bounds.getWidth() + 2 * DiagramPainter.MARGIN) * scale);
        int height = (int) Math.ceil((bounds.getHeight() + 2 * DiagramPainter.MARGIN) * scale);
        return PngImages.paint(width, height, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            painter.paint(g, graph);
        });
    }


    /**
     * Writes a picture's bytes to a new file beside {@code target}, then moves it over the target in one step: an
     * interrupted export never leaves half a picture where the previous one was.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        // Named after the process, created as any new file (the user's umask), unlike a temporary file's 0600.
        Path partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + ProcessHandle.current().pid() + ".part"); //$NON-NLS-1$
        try {
            try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                stream.write(bytes);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
