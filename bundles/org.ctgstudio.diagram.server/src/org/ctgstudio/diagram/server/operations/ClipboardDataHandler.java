package org.ctgstudio.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.expression.DiagramIdsSupport;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.glsp.CtgModelState;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;

import com.google.inject.Inject;

/** Copy (and the first half of cut): the selected nodes' elements go to the session's {@link Clipboard}. */
public class ClipboardDataHandler extends AbstractActionHandler<RequestClipboardDataAction> {

    @Inject
    protected CtgModelState state;

    @Inject
    protected Clipboard clipboard;

    @Override
    protected List<Action> executeAction(RequestClipboardDataAction action) {
        List<String> ids = new ArrayList<>();
        state.document().executor().run(() -> {
            for (String id : action.getEditorContext().getSelectedElementIds()) {
                ViewElement view = state.view() == null ? null : state.view().view(id);
                if (view != null && view.model() instanceof GNode && view.element().eContainer() != null) {
                    String elementId = DiagramIdsSupport.id(view.element());
                    clipboard.put(elementId, view.element());
                    ids.add(elementId);
                }
            }
        });
        return listOf(new SetClipboardDataAction(Map.of(Clipboard.FORMAT, Clipboard.encode(ids))));
    }
}
