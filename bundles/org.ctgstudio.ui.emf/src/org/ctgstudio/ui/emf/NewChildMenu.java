package org.ctgstudio.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;

/**
 * "Nouvel enfant" and "Nouvel élément de même niveau" sub-menus from the item providers' child descriptors: what the
 * metamodel allows at the selected place, with French labels and icons. Part of the edit.ui replacement.
 */
public final class NewChildMenu {

    private NewChildMenu() {
    }

    /** Adds both sub-menus for the selected element to {@code menu}. */
    public static void fill(IMenuManager menu, EditingDomain domain, Object selected,
            ItemProviderLabelProvider images) {
        if (selected == null) {
            return;
        }
        MenuManager children = new MenuManager(Messages.Menu_newChild);
        add(children, domain, domain.getNewChildDescriptors(selected, null), selected, images);
        menu.add(children);
        Object parent = domain.getParent(selected);
        if (parent != null) {
            MenuManager siblings = new MenuManager(Messages.Menu_newSibling);
            add(siblings, domain, domain.getNewChildDescriptors(parent, selected), parent, images);
            menu.add(siblings);
        }
    }

    private static void add(MenuManager menu, EditingDomain domain, Collection<?> descriptors, Object owner,
            ItemProviderLabelProvider images) {
        for (Object descriptor : descriptors) {
            Command command = CreateChildCommand.create(domain, owner, descriptor, java.util.List.of(owner));
            if (command == null || !command.canExecute()) {
                continue;
            }
            Action action = new Action() {
                @Override
                public void run() {
                    domain.getCommandStack().execute(command);
                }
            };
            if (command instanceof CommandActionDelegate delegate) {
                action.setText(delegate.getText());
                action.setToolTipText(delegate.getToolTipText());
                var descriptorImage = ItemProviderLabelProvider.descriptor(delegate.getImage());
                if (descriptorImage != null) {
                    action.setImageDescriptor(descriptorImage);
                }
            }
            menu.add(action);
        }
    }
}
