package org.ctgstudio.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Moving and copying model elements in a tree by drag and drop (Ctrl for a copy), each drop one undoable command.
 * <p>
 * The smallest replacement for EMF edit.ui's {@code ViewerDragAdapter} and {@code EditingDomainViewerDropAdapter}
 * (edit.ui is not published on Maven Central): JFace's {@link ViewerDropAdapter} tracks where the pointer is, EMF's
 * {@link DragAndDropCommand} decides what the drop means (insert before/after, add into) and whether it is allowed.
 */
public final class TreeDragAndDrop {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private TreeDragAndDrop() {
    }

    /** Makes the viewer's model elements draggable and the viewer a drop target for them. */
    public static void install(StructuredViewer viewer, EditingDomain domain) {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.stream().allMatch(EObject.class::isInstance);
                LocalSelectionTransfer.getTransfer().setSelection(event.doit ? selection : null);
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new Drop(viewer, domain));
    }

    /**
     * The command that dropping {@code dragged} on {@code target} means.
     *
     * @param location one of {@link ViewerDropAdapter}'s {@code LOCATION_*} constants
     * @param operation {@link DND#DROP_MOVE}, {@link DND#DROP_COPY} or {@link DND#DROP_LINK}
     */
    public static Command command(EditingDomain domain, Object target, int location, int operation,
            Collection<?> dragged) {
        // DragAndDropCommand reads the location as a fraction of the target's height.
        float fraction = switch (location) {
            case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
            case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
        return DragAndDropCommand.create(domain, target, fraction, OPERATIONS, operation, dragged);
    }

    private static final class Drop extends ViewerDropAdapter {

        private final EditingDomain domain;

        Drop(StructuredViewer viewer, EditingDomain domain) {
            super(viewer);
            this.domain = domain;
        }

        private static List<?> dragged() {
            ISelection selection = LocalSelectionTransfer.getTransfer().getSelection();
            return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData transferType) {
            if (target == null || !LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
                    || dragged().isEmpty()) {
                return false;
            }
            Command command = command(domain, target, getCurrentLocation(), operation, dragged());
            boolean allowed = command.canExecute();
            command.dispose();
            return allowed;
        }

        @Override
        public boolean performDrop(Object data) {
            List<?> dragged = dragged();
            Command command = command(domain, getCurrentTarget(), getCurrentLocation(), getCurrentOperation(),
                    dragged);
            if (!command.canExecute()) {
                return false;
            }
            domain.getCommandStack().execute(command);
            getViewer().setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
            return true;
        }
    }
}
