package org.ctgstudio.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One element's properties; edits run as EMF commands on its editing domain, hence undoable. */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
                .toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    /** The value as the property sheet shows and edits it (EMF wraps values for nested property sheets). */
    @Override
    public Object getPropertyValue(Object id) {
        Object value = descriptor(id).getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        descriptor(id).setPropertyValue(object, value);
    }
}
