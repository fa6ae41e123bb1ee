package org.ctgstudio.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ctgstudio.diagram.description.EdgeCreationTool;
import org.ctgstudio.diagram.description.Labelled;
import org.ctgstudio.diagram.description.NodeCreationTool;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

/** The palette of the open description: its creation tools, in French (English for an English locale). */
public class CtgToolPalette implements ToolPaletteItemProvider {

    @Inject
    protected CtgModelState modelState;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        if (modelState.document() == null) {
            return List.of();
        }
        List<PaletteItem> nodes = new ArrayList<>();
        List<PaletteItem> edges = new ArrayList<>();
        int order = 0;
        for (Tool tool : modelState.document().description().getTools()) {
            String sort = String.format(Locale.ROOT, "%03d", order++);
            if (tool instanceof NodeCreationTool) {
                nodes.add(new PaletteItem(tool.getId(), label(tool), new TriggerNodeCreationAction(tool.getId()),
                        "symbol-property", sort));
            } else if (tool instanceof EdgeCreationTool) {
                edges.add(new PaletteItem(tool.getId(), label(tool), new TriggerEdgeCreationAction(tool.getId()),
                        "arrow-right", sort));
            }
        }
        boolean english = "en".equals(LocalizedMessages.locale().getLanguage());
        return new ArrayList<>(List.of(
                PaletteItem.createPaletteGroup("ctg-nodes", english ? "Elements" : "\u00C9l\u00E9ments", nodes,
                        "symbol-class", "A"),
                PaletteItem.createPaletteGroup("ctg-edges", english ? "Links" : "Liens", edges, "symbol-interface",
                        "B")));
    }

    /** The label of a description element in the user's language. */
    public static String label(Labelled element) {
        boolean english = "en".equals(LocalizedMessages.locale().getLanguage());
        String label = english ? element.getLabelEn() : element.getLabelFr();
        return label == null || label.isBlank() ? element.getId() : label;
    }
}
