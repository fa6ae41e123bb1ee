package org.ctgstudio.ui.internal.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;

/** What the property tabs need from a selection: the model element and the adapter factory of its editor. */
final class ModelElements {

    private ModelElements() {
    }

    static EObject element(ISelection selection) {
        if (selection instanceof IStructuredSelection structured
                && AdapterFactoryEditingDomain.unwrap(structured.getFirstElement()) instanceof EObject element) {
            return element;
        }
        return null;
    }

    /** The editor's adapter factory: from the element's resource set, else from the part (editor or its outline). */
    static AdapterFactory adapterFactory(EObject element, IWorkbenchPart part) {
        EditingDomain domain = element == null ? null : AdapterFactoryEditingDomain.getEditingDomainFor(element);
        if (domain == null && part instanceof IEditingDomainProvider provider) {
            domain = provider.getEditingDomain();
        }
        return domain instanceof AdapterFactoryEditingDomain adapterDomain ? adapterDomain.getAdapterFactory() : null;
    }
}
