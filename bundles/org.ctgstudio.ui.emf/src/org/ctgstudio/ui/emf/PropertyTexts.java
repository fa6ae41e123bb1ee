package org.ctgstudio.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** A property's name and value as users read them, from the item property descriptors (for tables). */
public final class PropertyTexts {

    private PropertyTexts() {
    }

    private static IItemPropertyDescriptor descriptor(AdapterFactory adapterFactory, EObject element, String feature) {
        Object source = adapterFactory.adapt(element, IItemPropertySource.class);
        return source instanceof IItemPropertySource s ? s.getPropertyDescriptor(element, feature) : null;
    }

    /** "Valeur initiale"; the feature name when the element has no such property. */
    public static String name(AdapterFactory adapterFactory, EObject element, String feature) {
        IItemPropertyDescriptor descriptor = element == null ? null : descriptor(adapterFactory, element, feature);
        return descriptor == null ? feature : descriptor.getDisplayName(element);
    }

    /** The value's label ("Résultat", "Caf de l'Exemple", "86500"), empty when unset or not a property. */
    public static String value(AdapterFactory adapterFactory, EObject element, String feature) {
        IItemPropertyDescriptor descriptor = descriptor(adapterFactory, element, feature);
        if (descriptor == null) {
            return ""; //$NON-NLS-1$
        }
        Object raw = descriptor.getPropertyValue(element);
        Object value = raw instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : raw;
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Boolean bool) {
            return bool ? Messages.Property_yes : Messages.Property_no;
        }
        String shown = Values.display(value);
        if (shown != null) {
            return shown;
        }
        String text = descriptor.getLabelProvider(element).getText(value);
        return text == null ? String.valueOf(value) : text;
    }
}
