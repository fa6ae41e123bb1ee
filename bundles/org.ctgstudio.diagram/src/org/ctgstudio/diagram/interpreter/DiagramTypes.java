package org.ctgstudio.diagram.interpreter;

/**
 * GModel element types and argument names shared by the server, the client views (bundle
 * org.ctgstudio.diagram.client, {@code src/model.ts}) and the picture painter.
 */
public final class DiagramTypes {

    public static final String GRAPH = "graph";
    public static final String NODE = "ctg:node";
    public static final String CONTAINER = "ctg:container";
    public static final String LABEL = "ctg:label";
    public static final String EDGE = "ctg:edge";
    public static final String EDGE_LABEL = "ctg:edge-label";

    public static final String ARG_SHAPE = "shape";
    public static final String ARG_FILL = "fill";
    public static final String ARG_STROKE = "stroke";
    public static final String ARG_STROKE_WIDTH = "strokeWidth";
    public static final String ARG_STROKE_STYLE = "strokeStyle";
    public static final String ARG_LABEL_COLOR = "labelColor";
    public static final String ARG_FONT_SIZE = "fontSize";
    public static final String ARG_BOLD = "bold";
    public static final String ARG_ITALIC = "italic";
    /** A node's icon, by name (DiagramIcons); the graph's {@link #ARG_ICONS} has its path. */
    public static final String ARG_ICON = "icon";
    /** On the graph: the style of nodes and of edges when their args say nothing else (StyleArgs). */
    public static final String ARG_NODE_STYLE = "nodeStyle";
    public static final String ARG_EDGE_STYLE = "edgeStyle";
    /** On the graph: the SVG path of each icon its nodes name. */
    public static final String ARG_ICONS = "icons";
    public static final String ARG_SOURCE_ARROW = "sourceArrow";
    public static final String ARG_TARGET_ARROW = "targetArrow";
    /**
     * On a node's label: the text its direct edit starts from, the value of the feature the description's direct
     * edit tool sets (the label itself may show more: a number, a status).
     */
    public static final String ARG_EDIT_TEXT = "editText";
    /** Height of a container's header (its label), children are placed below it. */
    public static final String ARG_HEADER = "header";

    /** Inner margin of node labels and container contents, in pixels. */
    public static final double PADDING = 8;
    /** Room taken by an icon left of a label. */
    public static final double ICON_SPACE = 22;

    private DiagramTypes() {
    }
}
