package org.ctgstudio.diagram.server.operations;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.glsp.CtgModelState;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * Base of the CTG operation handlers: one class per operation, each returning an EMF command for the model's own
 * command stack (GLSP executes it, through {@link CtgModelState}, on the model thread). The command is built on the
 * model thread too; an operation the description does not allow is refused with a French message to the user.
 */
public abstract class DiagramOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected CtgModelState state;

    @Inject
    protected ActionDispatcher dispatcher;

    @Override
    public Optional<Command> createCommand(O operation) {
        try {
            return Optional.ofNullable(document().executor().call(() -> command(operation)));
        } catch (RefusedException e) {
            dispatcher.dispatch(MessageActionUtil.warn(e.getMessage()));
            return Optional.empty();
        }
    }

    /** The command of the operation, or null for nothing to do; runs on the model thread. */
    protected abstract Command command(O operation);

    protected DiagramDocument document() {
        return state.document();
    }

    protected EditingDomain domain() {
        return document().domain();
    }

    /** The diagram element of an id (a label stands for its node or edge), or null. */
    protected ViewElement view(String id) {
        if (id == null || state.view() == null) {
            return null;
        }
        ViewElement view = state.view().view(id);
        if (view == null && id.endsWith("-label")) {
            view = state.view().view(id.substring(0, id.length() - "-label".length()));
        }
        return view;
    }

    protected static <T> T onModel(DiagramDocument document, Callable<T> task) {
        return document.executor().call(task);
    }

    /** An operation the description does not allow, said to the user. */
    protected static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }
}
