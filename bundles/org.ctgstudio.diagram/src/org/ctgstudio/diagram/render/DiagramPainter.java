package org.ctgstudio.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.interpreter.DiagramTypes;
import org.ctgstudio.diagram.interpreter.StyleArgs;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;

/**
 * Paints a laid-out GModel with Java2D, the way the client's views draw it (same shapes, colours, dashes, icons,
 * label lines, arrowheads, edge anchors on the node outline): one painter for Batik's SVG generator and for PNG
 * images. Elements are painted in model order, edges after the nodes, like the client.
 */
public final class DiagramPainter {

    /** Margin around the diagram in pictures. */
    public static final double MARGIN = 20;
    private static final double ARROW = 10;
    private static final double CORNER = 8;

    private final TextMeasurer measurer;
    private final Map<String, Rectangle2D> absolute = new HashMap<>();
    private final Map<String, String> shapes = new HashMap<>();

    public DiagramPainter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The bounds of the diagram's nodes, in diagram coordinates (empty diagram: a small box). */
    public Rectangle2D bounds(GGraph graph) {
        absolute.clear();
        collect(graph.getChildren(), 0, 0);
        Rectangle2D result = null;
        for (Rectangle2D r : absolute.values()) {
            result = result == null ? (Rectangle2D) r.clone() : result.createUnion(r);
        }
        for (GModelElement element : graph.getChildren()) {
            if (element instanceof GEdge edge) {
                for (GPoint p : edge.getRoutingPoints()) {
                    result = result == null ? new Rectangle2D.Double(p.getX(), p.getY(), 1, 1)
                            : result.createUnion(new Rectangle2D.Double(p.getX(), p.getY(), 1, 1));
                }
            }
        }
        return result == null ? new Rectangle2D.Double(0, 0, 100, 50) : result;
    }

    private void collect(List<GModelElement> elements, double dx, double dy) {
        for (GModelElement element : elements) {
            if (element instanceof GNode node) {
                double x = dx + node.getPosition().getX();
                double y = dy + node.getPosition().getY();
                absolute.put(node.getId(), new Rectangle2D.Double(x, y, node.getSize().getWidth(),
                        node.getSize().getHeight()));
                shapes.put(node.getId(), String.valueOf(StyleArgs.of(node).get(DiagramTypes.ARG_SHAPE)));
                collect(node.getChildren(), x, y);
            }
        }
    }

    /** Paints the graph translated so that its bounds start at (MARGIN, MARGIN). */
    public void paint(Graphics2D g, GGraph graph) {
        Rectangle2D bounds = bounds(graph);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // Text is measured with fractional metrics (TextMeasurer): paint it the same way, or it grows.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        AffineTransform saved = g.getTransform();
        g.translate(MARGIN - bounds.getX(), MARGIN - bounds.getY());
        paintNodes(g, graph.getChildren());
        for (GModelElement element : graph.getChildren()) {
            if (element instanceof GEdge edge) {
                paintEdge(g, edge);
            }
        }
        g.setTransform(saved);
    }

    private void paintNodes(Graphics2D g, List<GModelElement> elements) {
        for (GModelElement element : elements) {
            if (element instanceof GNode node) {
                paintNode(g, node);
                paintNodes(g, node.getChildren());
            }
        }
    }

    private void paintNode(Graphics2D g, GNode node) {
        Rectangle2D r = absolute.get(node.getId());
        Map<String, Object> args = StyleArgs.of(node);
        Shape outline = outline(String.valueOf(args.get(DiagramTypes.ARG_SHAPE)), r);
        g.setColor(color(args.get(DiagramTypes.ARG_FILL), Color.WHITE));
        g.fill(outline);
        g.setColor(color(args.get(DiagramTypes.ARG_STROKE), Color.DARK_GRAY));
        g.setStroke(stroke(args));
        g.draw(outline);
        if (DiagramTypes.CONTAINER.equals(node.getType()) && args.get(DiagramTypes.ARG_HEADER) instanceof Number h) {
            g.draw(new Line2D.Double(r.getX(), r.getY() + h.doubleValue(), r.getMaxX(), r.getY() + h.doubleValue()));
        }
        Object iconPath = args.get(DiagramTypes.ARG_ICON);
        if (iconPath != null) {
            AffineTransform saved = g.getTransform();
            g.translate(r.getX() + DiagramTypes.PADDING, r.getY() + DiagramTypes.PADDING);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(DiagramIcons.toShape(iconPath.toString()));
            g.setTransform(saved);
        }
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                paintLabel(g, label, args, r.getX() + label.getPosition().getX(),
                        r.getY() + label.getPosition().getY());
            }
        }
    }

    private void paintLabel(Graphics2D g, GLabel label, Map<String, Object> styleArgs, double x, double y) {
        Font font = measurer.font(intArg(styleArgs, DiagramTypes.ARG_FONT_SIZE, 12),
                Boolean.TRUE.equals(styleArgs.get(DiagramTypes.ARG_BOLD)),
                Boolean.TRUE.equals(styleArgs.get(DiagramTypes.ARG_ITALIC)));
        g.setFont(font);
        g.setColor(color(styleArgs.get(DiagramTypes.ARG_LABEL_COLOR), Color.BLACK));
        double lineHeight = font.getSize2D() * TextMeasurer.LINE_HEIGHT_FACTOR;
        double ascent = lineHeight * 0.8;
        String[] lines = label.getText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (float) x, (float) (y + ascent + i * lineHeight));
        }
    }

    private void paintEdge(Graphics2D g, GEdge edge) {
        Rectangle2D source = absolute.get(edge.getSourceId());
        Rectangle2D target = absolute.get(edge.getTargetId());
        if (source == null || target == null) {
            return;
        }
        List<Point2D> points = route(edge, source, target);
        Map<String, Object> args = StyleArgs.of(edge);
        Color color = color(args.get(DiagramTypes.ARG_STROKE), Color.DARK_GRAY);
        g.setColor(color);
        g.setStroke(stroke(args));
        Path2D.Double line = new Path2D.Double();
        line.moveTo(points.get(0).getX(), points.get(0).getY());
        for (int i = 1; i < points.size(); i++) {
            line.lineTo(points.get(i).getX(), points.get(i).getY());
        }
        g.draw(line);
        g.setStroke(new BasicStroke(intArg(args, DiagramTypes.ARG_STROKE_WIDTH, 1)));
        arrow(g, String.valueOf(args.get(DiagramTypes.ARG_TARGET_ARROW)), points.get(points.size() - 1),
                points.get(points.size() - 2));
        arrow(g, String.valueOf(args.get(DiagramTypes.ARG_SOURCE_ARROW)), points.get(0), points.get(1));
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label) {
                Point2D middle = middle(points);
                double w = label.getSize().getWidth();
                double h = label.getSize().getHeight();
                g.setColor(new Color(255, 255, 255, 230));
                g.fill(new Rectangle2D.Double(middle.getX() - w / 2 - 2, middle.getY() - h / 2 - 1, w + 4, h + 2));
                paintLabel(g, label, args, middle.getX() - w / 2, middle.getY() - h / 2);
            }
        }
    }

    /** Edge points from anchor to anchor: the node outlines where the lines to the first/last point cross them. */
    List<Point2D> route(GEdge edge, Rectangle2D source, Rectangle2D target) {
        List<Point2D> inner = new ArrayList<>();
        for (GPoint p : edge.getRoutingPoints()) {
            inner.add(new Point2D.Double(p.getX(), p.getY()));
        }
        Point2D sourceCentre = new Point2D.Double(source.getCenterX(), source.getCenterY());
        Point2D targetCentre = new Point2D.Double(target.getCenterX(), target.getCenterY());
        Point2D towardsSource = inner.isEmpty() ? targetCentre : inner.get(0);
        Point2D towardsTarget = inner.isEmpty() ? sourceCentre : inner.get(inner.size() - 1);
        List<Point2D> points = new ArrayList<>();
        points.add(anchor(source, shapes.get(edge.getSourceId()), towardsSource));
        points.addAll(inner);
        points.add(anchor(target, shapes.get(edge.getTargetId()), towardsTarget));
        return points;
    }

    /** Where the line from the centre of r towards p leaves the shape. */
    static Point2D anchor(Rectangle2D r, String shape, Point2D p) {
        double cx = r.getCenterX();
        double cy = r.getCenterY();
        double dx = p.getX() - cx;
        double dy = p.getY() - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D.Double(cx, cy);
        }
        double a = r.getWidth() / 2;
        double b = r.getHeight() / 2;
        double t;
        if ("ELLIPSE".equals(shape)) {
            t = 1 / Math.sqrt(dx * dx / (a * a) + dy * dy / (b * b));
        } else if ("DIAMOND".equals(shape)) {
            t = 1 / (Math.abs(dx) / a + Math.abs(dy) / b);
        } else {
            t = Math.min(dx == 0 ? Double.MAX_VALUE : a / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : b / Math.abs(dy));
        }
        t = Math.min(t, 1);
        return new Point2D.Double(cx + dx * t, cy + dy * t);
    }

    private static Point2D middle(List<Point2D> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i).distance(points.get(i - 1));
        }
        double half = length / 2;
        for (int i = 1; i < points.size(); i++) {
            double segment = points.get(i).distance(points.get(i - 1));
            if (half <= segment && segment > 0) {
                double f = half / segment;
                Point2D a = points.get(i - 1);
                Point2D b = points.get(i);
                return new Point2D.Double(a.getX() + (b.getX() - a.getX()) * f, a.getY() + (b.getY() - a.getY()) * f);
            }
            half -= segment;
        }
        return points.get(points.size() - 1);
    }

    private static void arrow(Graphics2D g, String kind, Point2D tip, Point2D from) {
        if (kind == null || "NONE".equals(kind) || "null".equals(kind)) {
            return;
        }
        double angle = Math.atan2(tip.getY() - from.getY(), tip.getX() - from.getX());
        AffineTransform saved = g.getTransform();
        g.translate(tip.getX(), tip.getY());
        g.rotate(angle);
        switch (kind) {
            case "ARROW" -> {
                Path2D.Double open = new Path2D.Double();
                open.moveTo(-ARROW, -ARROW / 2);
                open.lineTo(0, 0);
                open.lineTo(-ARROW, ARROW / 2);
                g.draw(open);
            }
            case "TRIANGLE" -> g.fill(polygon(0, 0, -ARROW, -ARROW / 2, -ARROW, ARROW / 2));
            case "DIAMOND" -> g.fill(polygon(0, 0, -ARROW, -ARROW / 2.5, -2 * ARROW, 0, -ARROW, ARROW / 2.5));
            case "CIRCLE" -> g.fill(new Ellipse2D.Double(-ARROW * 0.8, -ARROW * 0.4, ARROW * 0.8, ARROW * 0.8));
            default -> {
            }
        }
        g.setTransform(saved);
    }

    private static Path2D polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** The outline of a node shape (the client's views draw the same paths). */
    static Shape outline(String shape, Rectangle2D r) {
        double x = r.getX();
        double y = r.getY();
        double w = r.getWidth();
        double h = r.getHeight();
        return switch (shape) {
            case "ROUNDED" -> new RoundRectangle2D.Double(x, y, w, h, CORNER * 2, CORNER * 2);
            case "ELLIPSE" -> new Ellipse2D.Double(x, y, w, h);
            case "DIAMOND" -> polygon(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
            case "HEXAGON" -> polygon(x + h / 3, y, x + w - h / 3, y, x + w, y + h / 2, x + w - h / 3, y + h,
                    x + h / 3, y + h, x, y + h / 2);
            case "NOTE" -> polygon(x, y, x + w - CORNER * 1.5, y, x + w, y + CORNER * 1.5, x + w, y + h, x, y + h);
            default -> new Rectangle2D.Double(x, y, w, h);
        };
    }

    private static BasicStroke stroke(Map<String, Object> args) {
        float width = intArg(args, DiagramTypes.ARG_STROKE_WIDTH, 1);
        return switch (String.valueOf(args.get(DiagramTypes.ARG_STROKE_STYLE))) {
            case "DASHED" -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] { 6, 4 }, 0);
            case "DOTTED" -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10,
                    new float[] { 1.5f, 3 }, 0);
            default -> new BasicStroke(width);
        };
    }

    private static int intArg(Map<String, Object> args, String key, int fallback) {
        return args.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    static Color color(Object value, Color fallback) {
        if (value instanceof String text && text.matches("#[0-9A-Fa-f]{6}")) {
            return new Color(Integer.parseInt(text.substring(1), 16));
        }
        return fallback;
    }
}
