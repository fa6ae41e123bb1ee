package org.ctgstudio.diagram.server.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Resends the diagram after a change made elsewhere (one model send per change). */
public class RefreshModelActionHandler extends AbstractActionHandler<RefreshModelAction> {

    @Inject
    protected ModelSubmissionHandler submission;

    @Inject
    protected CtgModelState modelState;

    @Override
    protected List<Action> executeAction(RefreshModelAction action) {
        if (modelState.getRoot() == null) {
            return none();
        }
        return submission.submitModel("external");
    }
}
