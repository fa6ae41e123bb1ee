package org.ctgstudio.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * The dialogs that change a multi-valued property, shared by the Properties view and the form pages: a checked list
 * when the values are picked among choices (themes, target publics …), a text of one value per line otherwise
 * (suggested objectives …); and the dialog of several lines for a long text. Each returns the new value(s), or null
 * when the user cancels.
 */
public final class ValueDialogs {

    private ValueDialogs() {
    }

    public static List<Object> choose(Shell shell, String property, List<?> choices, Function<Object, String> text,
            Collection<?> current) {
        ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return text.apply(element);
                    }
                }).message(NLS.bind(Messages.Property_chooseValues, property)).create(shell);
        dialog.setInitialElementSelections(new ArrayList<>(current));
        return dialog.open() == Window.OK ? List.of(dialog.getResult()) : null;
    }

    public static List<Object> editLines(Shell shell, String property, EDataType type, Collection<?> current) {
        InputDialog dialog = new MultiLineDialog(shell, property, NLS.bind(Messages.Property_editValues, property),
                Values.editLines(type, current), text -> {
                    try {
                        Values.parseLines(type, text);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        return dialog.open() == Window.OK ? Values.parseLines(type, dialog.getValue()) : null;
    }

    /** A long text (an article's body, a description) edited in a dialog of several lines; null when cancelled. */
    public static String editText(Shell shell, String property, String current) {
        InputDialog dialog = new MultiLineDialog(shell, property, NLS.bind(Messages.Property_editText, property),
                current == null ? "" : current, null); //$NON-NLS-1$
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    /** JFace's input dialog with a text of several lines (Enter starts a new line). */
    private static final class MultiLineDialog extends InputDialog {
        MultiLineDialog(Shell shell, String title, String message, String initial, IInputValidator validator) {
            super(shell, title, message, initial, validator);
        }

        @Override
        protected int getInputTextStyle() {
            return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Control area = super.createDialogArea(parent);
            ((GridData) getText().getLayoutData()).heightHint = getText().getLineHeight() * 8;
            return area;
        }
    }
}
