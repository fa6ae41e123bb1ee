package org.ctgstudio.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.FocusCellHighlighter;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Item;

/**
 * Renaming in the tree (F2): the element's name, title or label is edited in place, as one undoable command.
 */
final class TreeLabelEditing implements ICellModifier {

    private static final String PROPERTY = "label"; //$NON-NLS-1$
    /** The attributes users know an element by, in the order they are looked for. */
    private static final List<String> LABEL_FEATURES = List.of("title", "label", "name"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final EditingDomain domain;

    private TreeLabelEditing(EditingDomain domain) {
        this.domain = domain;
    }

    static void install(TreeViewer viewer, EditingDomain domain) {
        viewer.setColumnProperties(new String[] {PROPERTY});
        viewer.setCellEditors(new CellEditor[] {new TextCellEditor(viewer.getTree())});
        viewer.setCellModifier(new TreeLabelEditing(domain));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        };
        // Keyboard activation needs a focus cell: without a focus cell manager F2 would never reach the editor.
        TreeViewerFocusCellManager focus = new TreeViewerFocusCellManager(viewer, new FocusCellHighlighter(viewer) {
            // the tree's own selection shows the focused row
        });
        TreeViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    static EAttribute labelFeature(Object element) {
        if (element instanceof EObject object) {
            for (String name : LABEL_FEATURES) {
                EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
                if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass()
                        == String.class && !attribute.isMany() && attribute.isChangeable()) {
                    return attribute;
                }
            }
        }
        return null;
    }

    @Override
    public boolean canModify(Object element, String property) {
        return labelFeature(element) != null;
    }

    @Override
    public Object getValue(Object element, String property) {
        Object value = ((EObject) element).eGet(labelFeature(element));
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    public void modify(Object item, String property, Object value) {
        EObject element = (EObject) ((Item) item).getData();
        EAttribute feature = labelFeature(element);
        if (feature != null && !value.equals(element.eGet(feature))) {
            domain.getCommandStack().execute(SetCommand.create(domain, element, feature, value));
        }
    }
}
