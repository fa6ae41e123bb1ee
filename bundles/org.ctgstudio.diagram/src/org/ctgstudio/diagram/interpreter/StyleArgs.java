package org.ctgstudio.diagram.interpreter;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ctgstudio.diagram.render.DiagramIcons;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;

/**
 * The style of GModel elements in their {@code args}. Only what differs from the kind's default
 * ({@link ResolvedStyle#NODE_DEFAULT}, {@link ResolvedStyle#EDGE_DEFAULT}) is sent: a large Plan d'actions has
 * thousands of elements in one message, most of them with the defaults. The defaults travel once, in the graph's
 * args ({@link DiagramTypes#ARG_NODE_STYLE}, {@link DiagramTypes#ARG_EDGE_STYLE}), and so do the paths of the icons
 * that nodes name ({@link DiagramTypes#ARG_ICONS}): the client ({@code src/model.ts}) has no defaults of its own,
 * and the picture painter reads the same through {@link #of}.
 */
public final class StyleArgs {

    static final Map<String, Object> NODE = Collections.unmodifiableMap(all(ResolvedStyle.NODE_DEFAULT, false));
    static final Map<String, Object> EDGE = Collections.unmodifiableMap(all(ResolvedStyle.EDGE_DEFAULT, true));

    private StyleArgs() {
    }

    /** Puts in {@code args} the attributes of {@code style} that differ from the defaults of its kind. */
    static void put(EMap<String, Object> args, ResolvedStyle style, boolean edge) {
        Map<String, Object> defaults = edge ? EDGE : NODE;
        all(style, edge).forEach((key, value) -> {
            if (!value.equals(defaults.get(key))) {
                args.put(key, value);
            }
        });
    }

    /** Every style attribute of a node or an edge (with its kind's defaults); {@code icon}: its path. */
    public static Map<String, Object> of(GModelElement element) {
        Map<String, Object> style = new HashMap<>(element instanceof GEdge ? EDGE : NODE);
        style.putAll(element.getArgs().map());
        if (style.get(DiagramTypes.ARG_ICON) instanceof String name) {
            style.put(DiagramTypes.ARG_ICON, DiagramIcons.path(name));
        }
        return style;
    }

    /** Records on the graph the defaults of both kinds and the path of every icon its nodes name. */
    static void putOnGraph(GModelRoot graph, Iterable<String> names) {
        graph.getArgs().put(DiagramTypes.ARG_NODE_STYLE, NODE);
        graph.getArgs().put(DiagramTypes.ARG_EDGE_STYLE, EDGE);
        Map<String, String> icons = new LinkedHashMap<>();
        for (String name : names) {
            icons.put(name, DiagramIcons.path(name));
        }
        if (!icons.isEmpty()) {
            graph.getArgs().put(DiagramTypes.ARG_ICONS, icons);
        }
    }

    private static Map<String, Object> all(ResolvedStyle style, boolean edge) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (!edge) {
            args.put(DiagramTypes.ARG_SHAPE, style.shape().getLiteral());
            args.put(DiagramTypes.ARG_FILL, style.fillColor());
        }
        args.put(DiagramTypes.ARG_STROKE, style.borderColor());
        args.put(DiagramTypes.ARG_STROKE_WIDTH, style.borderWidth());
        args.put(DiagramTypes.ARG_STROKE_STYLE, style.borderStyle().getLiteral());
        args.put(DiagramTypes.ARG_LABEL_COLOR, style.labelColor());
        args.put(DiagramTypes.ARG_FONT_SIZE, style.fontSize());
        args.put(DiagramTypes.ARG_BOLD, style.bold());
        args.put(DiagramTypes.ARG_ITALIC, style.italic());
        if (edge) {
            args.put(DiagramTypes.ARG_SOURCE_ARROW, style.sourceArrow().getLiteral());
            args.put(DiagramTypes.ARG_TARGET_ARROW, style.targetArrow().getLiteral());
        }
        return args;
    }
}
