package org.ctgstudio.ui.internal.properties;

import org.ctgstudio.ui.emf.ItemPropertySourceProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Propriétés" tab: every property of the element, grouped by category, edited in place through the item
 * property descriptors (text, numbers, dates, French enumeration labels, reference choosers, dialogs for long texts
 * and lists). Edits are commands of the editor's stack.
 */
public final class ItemPropertiesSection extends AdvancedPropertySection {

    private AdapterFactory factory;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage sheetPage) {
        super.createControls(parent, sheetPage);
        page.setPropertySourceProvider(object -> factory == null ? null
                : new ItemPropertySourceProvider(factory).getPropertySource(object));
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        EObject element = ModelElements.element(selection);
        factory = ModelElements.adapterFactory(element, part);
        super.setInput(part, selection);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}
