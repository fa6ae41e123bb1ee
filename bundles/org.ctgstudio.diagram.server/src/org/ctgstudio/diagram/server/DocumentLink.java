package org.ctgstudio.diagram.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;

/**
 * What the host of a document (the workbench's diagram editor) exchanges with the document's sessions, in model
 * terms: the model elements selected in a diagram, the elements to select in every diagram of the document, and
 * the problems to draw on the nodes. Sessions join when their client loads the diagram and leave when it closes.
 * Thread-safe: sessions run on their GLSP dispatcher threads, the host on its own (the SWT display).
 */
public final class DocumentLink {

    /** A problem on a model element, shown as a decoration on every node that draws it. */
    public record Issue(EObject element, String message, Severity severity) {
    }

    public enum Severity {
        ERROR(MarkerKind.ERROR), WARNING(MarkerKind.WARNING), INFO(MarkerKind.INFO);

        private final String kind;

        Severity(String kind) {
            this.kind = kind;
        }
    }

    /** A select action sent by the host: not reported back to the host as a selection made in the diagram. */
    public static final class HostSelectAction extends SelectAction {
        HostSelectAction(List<String> ids) {
            super(ids, true);
        }
    }

    private record Session(ActionDispatcher dispatcher, Supplier<DiagramView> view) {
    }

    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<EObject>>> selectionListeners = new CopyOnWriteArrayList<>();
    private volatile List<Issue> issues = List.of();

    /** A session joins (its client loaded the diagram). */
    public void join(ActionDispatcher dispatcher, Supplier<DiagramView> view) {
        sessions.add(new Session(dispatcher, view));
    }

    /** A session rebuilt its diagram: the problems go on its new nodes once the model is sent. */
    public void viewChanged(ActionDispatcher dispatcher) {
        if (issues.isEmpty()) {
            return;
        }
        for (Session session : sessions) {
            if (session.dispatcher() == dispatcher) {
                dispatcher.dispatchAfterNextUpdate(markers(session));
            }
        }
    }

    public void leave(ActionDispatcher dispatcher) {
        sessions.removeIf(session -> session.dispatcher() == dispatcher);
    }

    /** Called with the model elements selected in a diagram of this document (empty: nothing selected). */
    public void onSelection(Consumer<List<EObject>> listener) {
        selectionListeners.add(listener);
    }

    /** Selects in every diagram of the document the nodes and edges drawing these elements (others: deselected). */
    public void select(List<? extends EObject> elements) {
        for (Session session : sessions) {
            DiagramView view = session.view().get();
            if (view != null) {
                session.dispatcher().dispatch(new HostSelectAction(ids(view, elements)));
            }
        }
    }

    /** Sends an action (an operation such as « Réorganiser », a viewport action) to every session. */
    public void dispatch(org.eclipse.glsp.server.actions.Action action) {
        sessions.forEach(session -> session.dispatcher().dispatch(action));
    }

    /** Replaces the problems drawn on the diagrams of the document. */
    public void setIssues(List<Issue> newIssues) {
        issues = List.copyOf(newIssues);
        for (Session session : sessions) {
            if (session.view().get() != null) {
                session.dispatcher().dispatch(markers(session));
            }
        }
    }

    /** The model elements drawn in the document's diagram (its first session's current view), in diagram order. */
    public List<EObject> drawnElements() {
        Set<EObject> elements = new LinkedHashSet<>();
        for (Session session : sessions) {
            DiagramView view = session.view().get();
            if (view != null) {
                view.views().values().forEach(element -> elements.add(element.element()));
                break;
            }
        }
        elements.remove(null);
        return List.copyOf(elements);
    }

    /** The diagram ids (in a session's current view) of these elements, in order. */
    public static List<String> ids(DiagramView view, List<? extends EObject> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (EObject element : elements) {
            ids.addAll(view.idsOf(element));
        }
        return new ArrayList<>(ids);
    }

    /** A session reports the ids selected in its diagram now. */
    public void selectedInDiagram(DiagramView view, Set<String> ids) {
        Set<EObject> elements = new LinkedHashSet<>();
        for (String id : ids) {
            ViewElement element = view == null ? null : view.view(id);
            if (element != null && element.element() != null) {
                elements.add(element.element());
            }
        }
        List<EObject> selected = List.copyOf(elements);
        selectionListeners.forEach(listener -> listener.accept(selected));
    }

    private SetMarkersAction markers(Session session) {
        DiagramView view = session.view().get();
        List<Marker> markers = new ArrayList<>();
        if (view != null) {
            for (Issue issue : issues) {
                for (String id : view.idsOf(issue.element())) {
                    ViewElement drawn = view.view(id);
                    if (drawn == null || drawn.mapping() instanceof EdgeMapping) {
                        continue; // on the element's nodes, not on the links it is the source of
                    }
                    markers.add(new Marker(issue.message(), issue.message(), id, issue.severity().kind));
                }
            }
        }
        // "batch": GLSP's client replaces the previous batch of markers of that reason.
        return new SetMarkersAction(markers, "batch");
    }
}
