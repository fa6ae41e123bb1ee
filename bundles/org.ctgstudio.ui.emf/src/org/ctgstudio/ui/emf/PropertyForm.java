package org.ctgstudio.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Form fields for some properties of an element, from its item property descriptors: the French label, the right
 * widget for the type (text with conversion, drop-down for enumerations and references, check box), edits run as
 * undoable commands, a value the model cannot read is refused with a message in the form's header, and the fields
 * follow the model when it changes elsewhere (tree, Properties view, undo). Part of the edit.ui replacement.
 */
public final class PropertyForm {

    private final AdapterFactory adapterFactory;
    private final FormToolkit toolkit;
    private final Composite body;
    private final IMessageManager messages;
    private final List<Field> fields = new ArrayList<>();
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && !body.isDisposed()) {
                body.getDisplay().asyncExec(PropertyForm.this::refresh);
            }
        }
    };
    private EObject element;

    /**
     * @param features the features to show, in order (the generated {@code …Package.Literals}); those the element's
     *                 class does not have are skipped, so one form can show the details of several classes
     */
    public PropertyForm(AdapterFactory adapterFactory, FormToolkit toolkit, Composite parent,
            IMessageManager messages, List<? extends EStructuralFeature> features) {
        this.adapterFactory = adapterFactory;
        this.toolkit = toolkit;
        this.messages = messages;
        this.body = toolkit.createComposite(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        for (EStructuralFeature feature : features) {
            fields.add(new Field(feature));
        }
        body.addDisposeListener(e -> setInput(null));
    }

    public Composite control() {
        return body;
    }

    /** Shows (and edits) another element; null clears the form. */
    public void setInput(EObject newElement) {
        if (element != null) {
            element.eAdapters().remove(listener);
        }
        element = newElement;
        if (element != null) {
            element.eAdapters().add(listener);
        }
        if (!body.isDisposed()) {
            fields.forEach(Field::rebuild);
            body.layout(true, true);
        }
    }

    public void refresh() {
        if (!body.isDisposed()) {
            fields.forEach(Field::update);
        }
    }

    private IItemPropertyDescriptor descriptor(EStructuralFeature feature) {
        return PropertyTexts.descriptor(adapterFactory, element, feature);
    }

    /** One property: its label and its widget, rebuilt when the element changes class. */
    private final class Field {
        private final EStructuralFeature feature;
        private Control label;
        private Control editor;
        /** The text showing the value: the editor itself, or the text beside a multi-valued property's button. */
        private Text display;
        private List<Object> choices = List.of();
        private boolean updating;

        Field(EStructuralFeature feature) {
            this.feature = feature;
        }

        void rebuild() {
            if (label != null) {
                label.dispose();
                editor.dispose();
                label = null;
                editor = null;
            }
            IItemPropertyDescriptor descriptor = descriptor(feature);
            if (descriptor == null) {
                return;
            }
            label = toolkit.createLabel(body, descriptor.getDisplayName(element));
            Object eFeature = descriptor.getFeature(element);
            Collection<?> values = descriptor.getChoiceOfValues(element);
            boolean editable = descriptor.canSetProperty(element) && !descriptor.isMany(element);
            if (editable && eFeature instanceof EAttribute attribute && isBoolean(attribute.getEAttributeType())) {
                Button check = toolkit.createButton(body, "", SWT.CHECK); //$NON-NLS-1$
                check.addListener(SWT.Selection, e -> set(check.getSelection()));
                editor = check;
                display = null;
            } else if (editable && values != null) {
                Combo combo = new Combo(body, SWT.READ_ONLY | SWT.FLAT);
                toolkit.adapt(combo, true, false);
                choices = new ArrayList<>();
                choices.add(null);
                values.stream().filter(v -> v != null).forEach(choices::add);
                combo.setItems(choices.stream().map(v -> text(descriptor, v)).toArray(String[]::new));
                combo.addListener(SWT.Selection, e -> set(choices.get(combo.getSelectionIndex())));
                editor = combo;
                display = null;
            } else if (descriptor.canSetProperty(element) && descriptor.isMany(element)
                    && (values != null || eFeature instanceof EAttribute)) {
                editor = manyValues(descriptor, values, eFeature);
            } else {
                boolean multiLine = editable && descriptor.isMultiLine(element);
                int style = (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
                        | (editable ? SWT.NONE : SWT.READ_ONLY);
                Text text = toolkit.createText(body, "", style); //$NON-NLS-1$
                if (editable && eFeature instanceof EAttribute attribute) {
                    if (!multiLine) { // Enter ends a line of a multi-line text; leaving the field commits it
                        text.addListener(SWT.DefaultSelection, e -> setText(text, attribute.getEAttributeType()));
                    }
                    text.addListener(SWT.FocusOut, e -> setText(text, attribute.getEAttributeType()));
                }
                editor = text;
                display = text;
            }
            editor.setData("feature", feature.getName()); //$NON-NLS-1$
            int height = SWT.DEFAULT;
            if (display != null) {
                display.setData("feature", feature.getName()); //$NON-NLS-1$
                height = (display.getStyle() & SWT.MULTI) != 0 ? display.getLineHeight() * 5 : SWT.DEFAULT;
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(editor);
            update();
        }

        /** A multi-valued property: its values, and a button opening the dialog that changes them. */
        private Control manyValues(IItemPropertyDescriptor descriptor, Collection<?> choices, Object eFeature) {
            Composite row = toolkit.createComposite(body);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            display = toolkit.createText(row, "", SWT.SINGLE | SWT.READ_ONLY); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).applyTo(display);
            Button change = toolkit.createButton(row, Messages.Property_change, SWT.PUSH);
            change.setToolTipText(NLS.bind(Messages.Property_chooseValues, descriptor.getDisplayName(element)));
            change.addListener(SWT.Selection, e -> {
                Object current = descriptor.getPropertyValue(element);
                Object value = current instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element)
                        : current;
                Collection<?> values = value instanceof Collection<?> c ? c : List.of();
                String name = descriptor.getDisplayName(element);
                List<Object> chosen = choices != null
                        ? ValueDialogs.choose(body.getShell(), name, new ArrayList<>(choices),
                                v -> text(descriptor, v), values)
                        : ValueDialogs.editLines(body.getShell(), name,
                                ((EAttribute) eFeature).getEAttributeType(), values);
                if (chosen != null) {
                    set(chosen);
                }
            });
            return row;
        }

        private boolean isBoolean(EDataType type) {
            return type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
        }

        private String text(IItemPropertyDescriptor descriptor, Object value) {
            if (value == null) {
                return ""; //$NON-NLS-1$
            }
            String text = descriptor.getLabelProvider(element).getText(value);
            return text == null ? String.valueOf(value) : text;
        }

        private void setText(Text text, EDataType type) {
            if (updating || element == null) {
                return;
            }
            String input = text.getText().trim();
            Object value;
            try {
                value = Values.parse(type, input);
                messages.removeMessage(this, text);
            } catch (RuntimeException e) {
                messages.addMessage(this, NLS.bind(Messages.Property_invalidValue, input, e.getMessage()), null,
                        IMessageProvider.ERROR, text);
                return;
            }
            set(value);
        }

        private void set(Object value) {
            IItemPropertyDescriptor descriptor = descriptor(feature);
            if (updating || descriptor == null) {
                return;
            }
            Object current = descriptor.getPropertyValue(element);
            Object currentValue = current instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element)
                    : current;
            if (value == null ? currentValue != null : !value.equals(currentValue)) {
                descriptor.setPropertyValue(element, value);
            }
        }

        void update() {
            IItemPropertyDescriptor descriptor = descriptor(feature);
            if (descriptor == null || editor == null || editor.isDisposed()) {
                return;
            }
            Object raw = descriptor.getPropertyValue(element);
            Object value = raw instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : raw;
            updating = true;
            try {
                if (editor instanceof Button check) {
                    check.setSelection(Boolean.TRUE.equals(value));
                } else if (editor instanceof Combo combo) {
                    combo.select(Math.max(0, choices.indexOf(value)));
                } else if (display != null && !display.isFocusControl()) {
                    Text text = display;
                    boolean single = feature instanceof EAttribute && !descriptor.isMany(element)
                            && !(value instanceof Collection<?>);
                    text.setText(single ? Values.edit(((EAttribute) feature).getEAttributeType(), value)
                            : value == null ? "" : text(descriptor, value)); //$NON-NLS-1$
                }
            } finally {
                updating = false;
            }
        }
    }
}
