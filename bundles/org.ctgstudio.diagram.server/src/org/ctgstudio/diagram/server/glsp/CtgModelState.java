package org.ctgstudio.diagram.server.glsp;

import java.util.EventObject;

import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.DefaultGModelState;

import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.inject.Inject;

/**
 * GLSP's model state over a {@link DiagramDocument}: the command stack is the document's (the model's own), every
 * execute / undo / redo runs on the document's model thread, and a command-stack listener rebuilds and resends the
 * diagram when the model changes elsewhere (another diagram, the tree editor, the Properties view, workbench undo).
 * Changes made through this session are sent once by GLSP itself, not again by the listener.
 */
public class CtgModelState extends DefaultGModelState {

    @Inject
    protected ActionDispatcher actionDispatcher;

    @Inject
    protected ClientSessionManager sessions;

    private DiagramDocument document;
    private DiagramView view;
    private volatile boolean ownChange;
    private final CommandStackListener listener = this::commandStackChanged;

    /** Joins a document: its command stack becomes this session's. */
    public void open(DiagramDocument document) {
        this.document = document;
        setCommandStack(document.commandStack());
        document.executor().run(() -> document.commandStack().addCommandStackListener(listener));
        document.link().join(actionDispatcher, this::view);
        sessions.addListener(new ClientSessionListener() {
            @Override
            public void sessionDisposed(ClientSession session) {
                close();
            }
        }, getClientId());
    }

    /** Leaves the document (session closed): the model and its stack stay as they are. */
    public void close() {
        if (document != null) {
            DiagramDocument closing = document;
            closing.executor().run(() -> closing.commandStack().removeCommandStackListener(listener));
            closing.link().leave(actionDispatcher);
        }
    }

    @Override
    protected void setCommandStack(org.eclipse.emf.common.command.CommandStack commandStack) {
        // Unlike GLSP's default, never flush: the stack belongs to the model, not to this session.
        this.commandStack = commandStack;
    }

    public DiagramDocument document() {
        return document;
    }

    public DiagramView view() {
        return view;
    }

    public void setView(DiagramView view) {
        this.view = view;
        document.link().viewChanged(actionDispatcher);
    }

    @Override
    protected GModelIndex getOrUpdateIndex(GModelRoot newRoot) {
        return new CtgModelIndex(newRoot);
    }

    @Override
    public void execute(Command command) {
        own(() -> commandStack.execute(command));
    }

    @Override
    public void undo() {
        own(() -> commandStack.undo());
    }

    @Override
    public void redo() {
        own(() -> commandStack.redo());
    }

    @Override
    public boolean canUndo() {
        return document.executor().call(commandStack::canUndo);
    }

    @Override
    public boolean canRedo() {
        return document.executor().call(commandStack::canRedo);
    }

    @Override
    public boolean isDirty() {
        return document.executor().call(document::isDirty);
    }

    @Override
    public void saveIsDone() {
        // DiagramDocument.save() marks the stack saved on the model thread.
    }

    private void own(Runnable change) {
        document.executor().run(() -> {
            ownChange = true;
            try {
                change.run();
            } finally {
                ownChange = false;
            }
        });
    }

    private void commandStackChanged(EventObject event) {
        if (!ownChange && actionDispatcher != null) {
            actionDispatcher.dispatch(new RefreshModelAction());
        }
    }
}
