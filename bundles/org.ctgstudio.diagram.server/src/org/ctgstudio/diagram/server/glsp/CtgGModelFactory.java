package org.ctgstudio.diagram.server.glsp;

import java.util.Map;

import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.operations.DiagramCommands;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/**
 * Builds the GModel from the model on the model thread (interpreter + stored layout). Nodes without a stored
 * position get one from ELK, stored at once in the representation (outside the command stack: it is where they
 * are, not a user change), so they do not move on the next rebuild.
 */
public class CtgGModelFactory implements GModelFactory {

    @Inject
    protected CtgModelState modelState;

    @Override
    public void createGModel() {
        DiagramDocument document = modelState.document();
        DiagramView view = document.executor().call(() -> {
            DiagramView built = document.interpreter().build(document.description(), document.representation(),
                    document.root());
            Map<String, DiagramLayout.Bounds> placed = document.layout().placeUnplaced(built.graph(),
                    built.unplaced(), document.description().getLayoutDirection());
            if (!placed.isEmpty()) {
                DiagramLayout.apply(built.graph(), placed);
                DiagramCommands.storeWithoutCommand(document.representation(), placed);
            }
            return built;
        });
        modelState.setView(view);
        modelState.updateRoot(view.graph());
    }
}
