package org.ctgstudio.diagram.render;

import java.awt.geom.Path2D;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The line icons that description styles name ({@code icon="action"}), drawn in a 16 × 16 box. Each is an SVG path
 * of absolute M, L, H, V, C and Z commands: the server sends it to the client in the node's {@code args}
 * ({@code iconPath}), and the picture painter turns it into a Java2D path ({@link #toShape}), so both draw the very
 * same icon. The icons are drawn for CTG Studio; no icon font is needed.
 */
public final class DiagramIcons {

    private static final Map<String, String> PATHS = new TreeMap<>();

    static {
        PATHS.put("axis", "M3 15 V2 M3 2.5 H12.5 L10.5 5.5 L12.5 8.5 H3");
        PATHS.put("objective", circle(8, 8, 6) + " " + circle(8, 8, 3.5) + " " + circle(8, 8, 1));
        PATHS.put("action", "M3.5 1.5 H12.5 V14.5 H3.5 Z M6 1.5 V3 H10 V1.5 M5.5 6 H10.5 M5.5 8.5 H10.5 M5.5 11 H9");
        PATHS.put("indicator", "M2 14 H14 M3.5 14 V9 H5.5 V14 M7 14 V4 H9 V14 M10.5 14 V7 H12.5 V14");
        PATHS.put("organisation", "M2.5 14.5 V4.5 L8 1.5 L13.5 4.5 V14.5 Z M5.5 7 H6.5 M9.5 7 H10.5 M5.5 10 H6.5"
                + " M9.5 10 H10.5 M7 14.5 V12 H9 V14.5");
        PATHS.put("person", circle(8, 5, 3) + " M2.5 15 C2.5 10.5 13.5 10.5 13.5 15");
        PATHS.put("committee", circle(8, 4.5, 2.2) + " " + circle(3.5, 7, 1.8) + " " + circle(12.5, 7, 1.8)
                + " M4.5 14 C4.5 9.5 11.5 9.5 11.5 14 M0.8 13 C0.8 10 5 9.5 5.5 10.5 M15.2 13 C15.2 10 11 9.5 10.5 10.5");
        PATHS.put("commune", "M1.5 8 L8 2.5 L14.5 8 M3.5 6.5 V14.5 H12.5 V6.5 M6.5 14.5 V10.5 H9.5 V14.5");
        PATHS.put("facility", "M1.5 14.5 H14.5 M2.5 14.5 V6.5 H13.5 V14.5 M1.5 6.5 L8 2 L14.5 6.5 M5 9 H7 V11 H5 Z"
                + " M9 9 H11 V14.5 H9");
        PATHS.put("operator", circle(8, 8, 2.5) + " M8 1.5 V4 M8 12 V14.5 M1.5 8 H4 M12 8 H14.5 M3.4 3.4 L5.2 5.2"
                + " M10.8 10.8 L12.6 12.6 M3.4 12.6 L5.2 10.8 M10.8 5.2 L12.6 3.4");
        PATHS.put("bonus", circle(8, 8, 6.5) + " M10.8 5 C9 3.2 5.5 4.2 5.5 8 C5.5 11.8 9 12.8 10.8 11 M4 7 H9"
                + " M4 9 H9");
        PATHS.put("funding", "M2 5 C2 3 14 3 14 5 C14 7 2 7 2 5 Z M2 5 V11 C2 13 14 13 14 11 V5 M2 8 C2 10 14 10 14 8");
        PATHS.put("commitment", "M1.5 9 L5 5.5 L8 7 L11 5.5 L14.5 9 M5 5.5 L3 3.5 M11 5.5 L13 3.5 M5.5 10 L8 12.5"
                + " L10.5 10 M8 7 L6 9");
        PATHS.put("territory", "M1.5 4 L5.5 2 L10.5 4 L14.5 2 V12 L10.5 14 L5.5 12 L1.5 14 Z M5.5 2 V12 M10.5 4 V14");
    }

    private DiagramIcons() {
    }

    /** The SVG path of an icon, or null for an unknown name. */
    public static String path(String name) {
        return name == null ? null : PATHS.get(name);
    }

    public static Iterable<String> names() {
        return PATHS.keySet();
    }

    /** A circle as four cubic curves (the path language here has no arcs). */
    private static String circle(double cx, double cy, double r) {
        double k = r * 0.5523;
        return String.format(Locale.ROOT,
                "M%s %s C%s %s %s %s %s %s C%s %s %s %s %s %s C%s %s %s %s %s %s C%s %s %s %s %s %s Z",
                n(cx + r), n(cy), n(cx + r), n(cy + k), n(cx + k), n(cy + r), n(cx), n(cy + r), n(cx - k), n(cy + r),
                n(cx - r), n(cy + k), n(cx - r), n(cy), n(cx - r), n(cy - k), n(cx - k), n(cy - r), n(cx), n(cy - r),
                n(cx + k), n(cy - r), n(cx + r), n(cy - k), n(cx + r), n(cy));
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    /** The Java2D path of an SVG path made of absolute M, L, H, V, C and Z commands. */
    public static Path2D toShape(String svgPath) {
        Path2D.Double path = new Path2D.Double();
        String[] tokens = svgPath.trim().replaceAll("([MLHVCZ])", " $1 ").trim().split("[\\s,]+");
        double x = 0;
        double y = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.length) {
            String token = tokens[i];
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if (command == 'Z') {
                    path.closePath();
                }
                continue;
            }
            switch (command) {
                case 'M' -> {
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    path.moveTo(x, y);
                    command = 'L';
                }
                case 'L' -> {
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    path.lineTo(x, y);
                }
                case 'H' -> {
                    x = num(tokens, i++);
                    path.lineTo(x, y);
                }
                case 'V' -> {
                    y = num(tokens, i++);
                    path.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = num(tokens, i++);
                    double y1 = num(tokens, i++);
                    double x2 = num(tokens, i++);
                    double y2 = num(tokens, i++);
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    path.curveTo(x1, y1, x2, y2, x, y);
                }
                default -> throw new IllegalArgumentException("Unsupported path command " + command);
            }
        }
        return path;
    }

    private static double num(String[] tokens, int index) {
        return Double.parseDouble(tokens[index]);
    }
}
