package org.ctgstudio.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo, delete, cut, copy and paste over an editing domain, plugged into the workbench's global actions (so the
 * Édition menu and Ctrl+Z, Ctrl+Y, Suppr, Ctrl+X/C/V act on the model). Part of the edit.ui replacement.
 */
public final class EditingActions implements CommandStackListener, ISelectionChangedListener {

    private final EditingDomain domain;
    private final ISelectionProvider selectionProvider;
    private final List<DomainAction> actions = new ArrayList<>();

    public EditingActions(EditingDomain domain, ISelectionProvider selectionProvider) {
        this.domain = domain;
        this.selectionProvider = selectionProvider;
        actions.add(new DomainAction(ActionFactory.UNDO, "") { //$NON-NLS-1$
            @Override
            Command command(Collection<?> selection) {
                return domain.getCommandStack().getUndoCommand();
            }

            @Override
            public void run() {
                domain.getCommandStack().undo();
            }

            @Override
            void update(Collection<?> selection) {
                Command undo = domain.getCommandStack().getUndoCommand();
                setEnabled(domain.getCommandStack().canUndo());
                setText(NLS.bind(Messages.Action_undo, undo == null || undo.getLabel() == null ? "" : undo.getLabel())); //$NON-NLS-1$
            }
        });
        actions.add(new DomainAction(ActionFactory.REDO, "") { //$NON-NLS-1$
            @Override
            Command command(Collection<?> selection) {
                return domain.getCommandStack().getRedoCommand();
            }

            @Override
            public void run() {
                domain.getCommandStack().redo();
            }

            @Override
            void update(Collection<?> selection) {
                Command redo = domain.getCommandStack().getRedoCommand();
                setEnabled(domain.getCommandStack().canRedo());
                setText(NLS.bind(Messages.Action_redo, redo == null || redo.getLabel() == null ? "" : redo.getLabel())); //$NON-NLS-1$
            }
        });
        actions.add(new DomainAction(ActionFactory.DELETE, Messages.Action_delete) {
            @Override
            Command command(Collection<?> selection) {
                return DeleteCommand.create(domain, selection);
            }
        });
        actions.add(new DomainAction(ActionFactory.CUT, Messages.Action_cut) {
            @Override
            Command command(Collection<?> selection) {
                return CutToClipboardCommand.create(domain, selection);
            }
        });
        actions.add(new DomainAction(ActionFactory.COPY, Messages.Action_copy) {
            @Override
            Command command(Collection<?> selection) {
                return CopyToClipboardCommand.create(domain, selection);
            }
        });
        actions.add(new DomainAction(ActionFactory.PASTE, Messages.Action_paste) {
            @Override
            Command command(Collection<?> selection) {
                return selection.size() == 1
                        ? PasteFromClipboardCommand.create(domain, selection.iterator().next(), null)
                        : UnexecutableCommand.INSTANCE;
            }
        });
        domain.getCommandStack().addCommandStackListener(this);
        selectionProvider.addSelectionChangedListener(this);
        update();
    }

    /** Sets these actions as the part's handlers of the workbench's global actions. */
    public void contributeTo(IActionBars bars) {
        for (DomainAction action : actions) {
            bars.setGlobalActionHandler(action.getId(), action);
        }
        bars.updateActionBars();
    }

    /** The actions by the id of the global action each handles (undo, delete …), in the order of the menus. */
    public Map<String, IAction> handlers() {
        Map<String, IAction> handlers = new LinkedHashMap<>();
        for (DomainAction action : actions) {
            handlers.put(action.getId(), action);
        }
        return handlers;
    }

    /** The actions, in menu order (undo, redo, delete, cut, copy, paste). */
    public List<IAction> actions() {
        return List.copyOf(actions);
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        update();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        update();
    }

    private void update() {
        Collection<?> selection = selectionProvider.getSelection() instanceof IStructuredSelection structured
                ? structured.toList()
                : List.of();
        actions.forEach(action -> action.update(selection));
    }

    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(this);
        selectionProvider.removeSelectionChangedListener(this);
    }

    /** An action that runs a command built from the selection on the domain's command stack. */
    private abstract class DomainAction extends Action {
        private Command command;

        DomainAction(ActionFactory factory, String text) {
            super(text);
            setId(factory.getId());
            setActionDefinitionId(factory.getCommandId());
        }

        abstract Command command(Collection<?> selection);

        void update(Collection<?> selection) {
            command = selection.isEmpty() ? UnexecutableCommand.INSTANCE : command(selection);
            setEnabled(command != null && command.canExecute());
        }

        @Override
        public void run() {
            if (command != null && command.canExecute()) {
                CommandStack stack = domain.getCommandStack();
                stack.execute(command);
            }
        }
    }
}
