package org.ctgstudio.ui.internal.properties;

import org.ctgstudio.ui.emf.ItemProviderLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Image;

/**
 * Title of the Properties view: the element's icon and label as the tree shows them (the label provider of
 * {@code org.eclipse.ui.views.properties.tabbed.propertyContributor}).
 */
public final class PropertiesTitle extends LabelProvider {

    private AdapterFactory factory;
    private ItemProviderLabelProvider labels;

    @Override
    public String getText(Object selection) {
        EObject element = element(selection);
        return element == null ? "" : labels(element).getText(element); //$NON-NLS-1$
    }

    @Override
    public Image getImage(Object selection) {
        EObject element = element(selection);
        return element == null ? null : labels(element).getImage(element);
    }

    @Override
    public void dispose() {
        disposeLabels();
        super.dispose();
    }

    private void disposeLabels() {
        if (labels != null) {
            labels.dispose();
            labels = null;
        }
    }

    private static EObject element(Object selection) {
        EObject element = ModelElements.element(
                selection instanceof ISelection s ? s : new StructuredSelection(selection));
        return element != null && ModelElements.adapterFactory(element, null) != null ? element : null;
    }

    /** One label provider per editing domain (its images live as long as the title does). */
    private ItemProviderLabelProvider labels(EObject element) {
        AdapterFactory current = ModelElements.adapterFactory(element, null);
        if (current != factory || labels == null) {
            disposeLabels();
            factory = current;
            labels = new ItemProviderLabelProvider(current);
        }
        return labels;
    }
}
