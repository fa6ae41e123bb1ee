package org.ctgstudio.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** A property's name and value as users read them, from the item property descriptors (for tables). */
public final class PropertyTexts {

    private PropertyTexts() {
    }

    /**
     * The property descriptor of {@code feature} on {@code element}, or null when the element's class has no such
     * feature. A feature of the class without a descriptor is a mistake of the item providers: it is reported, never
     * silently left out of a form.
     */
    public static IItemPropertyDescriptor descriptor(AdapterFactory adapterFactory, EObject element,
            EStructuralFeature feature) {
        if (element == null || !feature.getEContainingClass().isSuperTypeOf(element.eClass())) {
            return null;
        }
        Object source = adapterFactory.adapt(element, IItemPropertySource.class);
        if (source instanceof IItemPropertySource properties) {
            for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(element)) {
                if (descriptor.getFeature(element) == feature) {
                    return descriptor;
                }
            }
        }
        throw new IllegalArgumentException("no property descriptor for " + element.eClass().getName() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + feature.getName());
    }

    /** "Valeur initiale"; the feature name when the element has no such property. */
    public static String name(AdapterFactory adapterFactory, EObject element, EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = descriptor(adapterFactory, element, feature);
        return descriptor == null ? feature.getName() : descriptor.getDisplayName(element);
    }

    /** The value's label ("Résultat", "Caf de l'Exemple", "86500"), empty when unset or not a property. */
    public static String value(AdapterFactory adapterFactory, EObject element, EStructuralFeature feature) {
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
