package org.ctgstudio.diagram.server.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.DiagramServer;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * "Loading" joins an open document, named by the client's {@code diagram} option and proved by its {@code token};
 * nothing is read from disk and nothing is unloaded when the session ends. Saving goes to the document's saver.
 */
public class CtgSourceModelStorage implements SourceModelStorage {

    public static final String OPTION_DIAGRAM = "diagram";
    public static final String OPTION_TOKEN = "token";

    @Inject
    protected DiagramServer server;

    @Inject
    protected CtgModelState modelState;

    @Inject
    protected ActionDispatcher actionDispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        Map<String, String> options = action.getOptions();
        DiagramDocument document = server.document(options.get(OPTION_DIAGRAM), options.get(OPTION_TOKEN));
        if (document == null) {
            throw new IllegalArgumentException(server.unknownDiagramMessage());
        }
        modelState.open(document);
        for (String message : document.messages()) {
            actionDispatcher.dispatch(MessageActionUtil.warn(message));
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            modelState.document().save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
