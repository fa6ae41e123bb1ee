package org.ctgstudio.diagram.server.glsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;

/**
 * GLSP's model index (id → element, an element's edges, counts by class) as plain maps over one GModel, which the
 * server never changes after building it: each change builds a new GModel and a new index. GLSP's own index is an
 * EMF cross-reference adapter, installed on every object of the tree (points and sizes included) and told of every
 * change: a Plan d'actions of a thousand nodes spent a quarter of each rename's server time installing it.
 */
public final class CtgModelIndex implements GModelIndex {

    private final GModelElement root;
    private final Map<String, GModelElement> byId = new HashMap<>();
    private final Map<EClass, Integer> counts = new HashMap<>();
    /** Edges by the id of their source and of their target, made at the first question about edges. */
    private Map<String, List<GEdge>> outgoing;
    private Map<String, List<GEdge>> incoming;

    public CtgModelIndex(GModelElement root) {
        this.root = root;
        add(root);
    }

    private void add(GModelElement element) {
        byId.putIfAbsent(element.getId(), element);
        counts.merge(element.eClass(), 1, Integer::sum);
        for (GModelElement child : element.getChildren()) {
            add(child);
        }
    }

    @Override
    public Optional<GModelElement> get(String elementId) {
        return Optional.ofNullable(elementId == null ? null : byId.get(elementId));
    }

    @Override
    public Set<GModelElement> getAll(Collection<String> elementIds) {
        Set<GModelElement> result = new LinkedHashSet<>();
        for (String id : elementIds) {
            get(id).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public synchronized Collection<GEdge> getIncomingEdges(GModelElement node) {
        edges();
        return incoming.getOrDefault(node.getId(), List.of());
    }

    @Override
    public synchronized Collection<GEdge> getOutgoingEdges(GModelElement node) {
        edges();
        return outgoing.getOrDefault(node.getId(), List.of());
    }

    private void edges() {
        if (outgoing == null) {
            outgoing = new HashMap<>();
            incoming = new HashMap<>();
            for (GModelElement element : byId.values()) {
                if (element instanceof GEdge edge) {
                    outgoing.computeIfAbsent(edge.getSourceId(), id -> new ArrayList<>()).add(edge);
                    incoming.computeIfAbsent(edge.getTargetId(), id -> new ArrayList<>()).add(edge);
                }
            }
        }
    }

    @Override
    public Set<String> allIds() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    @Override
    public GModelElement getRoot() {
        return root;
    }

    @Override
    public int getCounter(EClass eClass, Function<Integer, String> idProvider) {
        int i = getTypeCount(eClass);
        while (byId.containsKey(idProvider.apply(i))) {
            i++;
        }
        return i;
    }

    @Override
    public int getTypeCount(EClass eClass) {
        return counts.getOrDefault(eClass, 0);
    }

    @Override
    public void clear() {
        // Nothing to let go of: no adapter is installed on the model.
    }
}
