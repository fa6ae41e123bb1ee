package org.ctgstudio.diagram.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;

/**
 * A diagram built by the {@link DiagramInterpreter}: the GModel and its index both ways (diagram id → view element,
 * model element → its diagram ids), and the nodes that have no stored position yet.
 */
public final class DiagramView {

    private final GGraph graph;
    private final Map<String, ViewElement> byId = new LinkedHashMap<>();
    private final Map<EObject, List<String>> byElement = new IdentityHashMap<>();
    private final List<String> unplaced = new ArrayList<>();

    DiagramView(GGraph graph) {
        this.graph = graph;
    }

    void add(ViewElement view) {
        byId.put(view.id(), view);
        byElement.computeIfAbsent(view.element(), key -> new ArrayList<>(1)).add(view.id());
    }

    void unplaced(String id) {
        unplaced.add(id);
    }

    public GGraph graph() {
        return graph;
    }

    public ViewElement view(String id) {
        return byId.get(id);
    }

    public Map<String, ViewElement> views() {
        return Collections.unmodifiableMap(byId);
    }

    /** The diagram ids showing a model element (several when more than one mapping shows it). */
    public List<String> idsOf(EObject element) {
        return byElement.getOrDefault(element, List.of());
    }

    /** Nodes without a stored position, parents before children. */
    public List<String> unplaced() {
        return Collections.unmodifiableList(unplaced);
    }
}
