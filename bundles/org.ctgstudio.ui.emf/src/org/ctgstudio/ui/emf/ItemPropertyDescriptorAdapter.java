package org.ctgstudio.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * A JFace property descriptor over an EMF item property descriptor, with the editor its type calls for: a choice list
 * for enumerations, references and booleans, a checked list for multi-valued choices, a text field that converts (and
 * refuses what the model cannot read, saying why) for dates, numbers and text. Part of the edit.ui replacement.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (descriptor.isMany(object)) {
            if (choices != null) {
                return new ManyChoicesCellEditor(parent, new ArrayList<>(choices));
            }
            return feature instanceof EAttribute attribute ? new ManyValuesCellEditor(parent,
                    attribute.getEAttributeType()) : null;
        }
        if (feature instanceof EAttribute attribute && isBoolean(attribute.getEAttributeType())) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), false);
        }
        if (choices != null) {
            boolean optional = feature instanceof EStructuralFeature f && f.getLowerBound() == 0
                    && !(f.getEType() instanceof EEnum);
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), optional);
        }
        if (feature instanceof EAttribute attribute && descriptor.isMultiLine(object)
                && attribute.getEAttributeType().getInstanceClass() == String.class) {
            return new LongTextCellEditor(parent);
        }
        if (feature instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType(), SWT.SINGLE);
        }
        return null;
    }

    private static boolean isBoolean(EDataType type) {
        return type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
    }

    /** Labels as users read them: item provider labels, Oui/Non, "(aucun)". */
    String text(Object value) {
        if (value == null || "".equals(value)) { //$NON-NLS-1$
            return Messages.Property_none;
        }
        if (value instanceof Boolean bool) {
            return bool ? Messages.Property_yes : Messages.Property_no;
        }
        String shown = Values.display(value);
        if (shown != null) {
            return shown;
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        String text = labels.getText(value);
        return text == null ? String.valueOf(value) : text;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Collection<?> values) {
                    return String.join(", ", //$NON-NLS-1$
                            values.stream().map(ItemPropertyDescriptorAdapter.this::text).toList());
                }
                return ItemPropertyDescriptorAdapter.this.text(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** A drop-down of values shown with their labels; an optional reference may be emptied. */
    private final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> values;

        ChoiceCellEditor(Composite parent, List<?> choices, boolean optional) {
            super(parent, new String[0], SWT.READ_ONLY);
            values = new ArrayList<>();
            if (optional && !choices.contains(null)) {
                values.add(null);
            }
            values.addAll(choices);
            setItems(values.stream().map(ItemPropertyDescriptorAdapter.this::text).toArray(String[]::new));
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < values.size() ? values.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, values.indexOf(value)));
        }
    }

    /** A multi-valued property: its values listed in the cell, changed in a dialog. */
    private abstract class ManyCellEditor extends DialogCellEditor {
        ManyCellEditor(Composite parent) {
            super(parent);
        }

        @Override
        protected void updateContents(Object value) {
            getDefaultLabel().setText(getLabelProvider().getText(value));
        }
    }

    /** Several values among the choices (themes, target publics …), picked in a checked list. */
    private final class ManyChoicesCellEditor extends ManyCellEditor {
        private final List<Object> choices;

        ManyChoicesCellEditor(Composite parent, List<Object> choices) {
            super(parent);
            this.choices = choices;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            return ValueDialogs.choose(cellEditorWindow.getShell(), getDisplayName(), choices,
                    ItemPropertyDescriptorAdapter.this::text, current(getValue()));
        }
    }

    /** Several free values (suggested objectives …), typed one per line; a line that cannot be read is named. */
    private final class ManyValuesCellEditor extends ManyCellEditor {
        private final EDataType type;

        ManyValuesCellEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            return ValueDialogs.editLines(cellEditorWindow.getShell(), getDisplayName(), type, current(getValue()));
        }
    }

    /** A long text (an article's body …): its start in the cell, the whole text in a dialog of several lines. */
    private final class LongTextCellEditor extends DialogCellEditor {
        LongTextCellEditor(Composite parent) {
            super(parent);
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            Object current = getValue();
            return ValueDialogs.editText(cellEditorWindow.getShell(), getDisplayName(),
                    current instanceof String text ? text : null);
        }
    }

    private static Collection<?> current(Object value) {
        return value instanceof Collection<?> values ? values : List.of();
    }

    /** Text converted to the attribute's type (LocalDate, BigDecimal, int …); an unreadable text is refused. */
    private static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type, int style) {
            super(parent, style);
            this.type = type;
            setValidator(value -> {
                try {
                    convert((String) value);
                    return null;
                } catch (RuntimeException e) {
                    return NLS.bind(Messages.Property_invalidValue, value, e.getMessage());
                }
            });
        }

        private Object convert(String text) {
            return Values.parse(type, text);
        }

        @Override
        protected Object doGetValue() {
            Object text = super.doGetValue();
            return type.getInstanceClass() == String.class ? text : convert((String) text);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Values.edit(type, value));
        }
    }
}
