package org.ctgstudio.diagram.server.glsp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.diagram.server.DocumentLink;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;

import com.google.inject.Inject;

/**
 * Follows the selection of the session's diagram (the client sends its select actions because this handler
 * exists) and reports it to the document's host as model elements. Selections sent by the host are not echoed.
 */
public class SelectionHandler extends AbstractActionHandler<SelectAction> {

    @Inject
    protected CtgModelState modelState;

    private final Set<String> selected = new LinkedHashSet<>();

    @Override
    protected List<Action> executeAction(SelectAction action) {
        if (action.isDeselectAll()) {
            selected.clear();
        }
        if (action.getDeselectedElementsIDs() != null) {
            action.getDeselectedElementsIDs().forEach(selected::remove);
        }
        if (action.getSelectedElementsIDs() != null) {
            selected.addAll(action.getSelectedElementsIDs());
        }
        if (!(action instanceof DocumentLink.HostSelectAction) && modelState.document() != null) {
            modelState.document().link().selectedInDiagram(modelState.view(), selected);
        }
        return none();
    }
}
