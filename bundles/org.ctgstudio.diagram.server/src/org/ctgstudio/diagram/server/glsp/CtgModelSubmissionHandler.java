package org.ctgstudio.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;

/**
 * GLSP's model submission, sending after a change only what changed (ModelDiff) when that is a small part of the
 * diagram: GLSP 2.3 sends the whole model every time, and sprotty's update action takes matches instead of a new
 * root. The first model of a session, structural changes at the top level and large changes go whole, as before.
 */
public class CtgModelSubmissionHandler extends ModelSubmissionHandler {

    /** Above this share of the diagram's elements changed, the whole model is sent. */
    private static final double MAX_SHARE = 0.2;

    /** The root the client has: the last one sent to it. */
    private GModelRoot sent;

    @Override
    public List<Action> submitModelDirectly(String reason) {
        List<Action> actions = super.submitModelDirectly(reason);
        GModelRoot root = modelState.getRoot();
        GModelRoot before = sent;
        sent = root;
        List<Action> result = new ArrayList<>(actions.size());
        for (Action action : actions) {
            Optional<List<ModelDiff.Match>> matches = action instanceof UpdateModelAction update && !update.isAnimate()
                    ? ModelDiff.between(before, root, MAX_SHARE) : Optional.empty();
            result.add(matches.<Action>map(UpdateModelMatchesAction::new).orElse(action));
        }
        return result;
    }

    /**
     * Sprotty's {@code updateModel} with matches and no new root (GLSP's action class always carries a root). Its
     * fields are read by the JSON writer only.
     */
    @SuppressWarnings("unused")
    static final class UpdateModelMatchesAction extends Action {
        private final List<ModelDiff.Match> matches;
        private final boolean animate = false;

        UpdateModelMatchesAction(List<ModelDiff.Match> matches) {
            super(UpdateModelAction.KIND);
            this.matches = matches;
        }
    }
}
