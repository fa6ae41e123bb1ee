package org.ctgstudio.diagram.server.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: the model changed outside this session; rebuild the diagram and send it. */
public class RefreshModelAction extends Action {

    public static final String KIND = "ctgRefreshModel";

    public RefreshModelAction() {
        super(KIND);
    }
}
