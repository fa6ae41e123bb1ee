package org.ctgstudio.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * « Nouvelle représentation » (the descriptions applicable to the selected element or model file) and « Ouvrir une
 * représentation » (the model's representation files), in the Project Explorer and the model editor's menus.
 */
public abstract class RepresentationsMenu extends CompoundContributionItem {

    /** What the menu applies to: the model file and the element (the model's root for a file). */
    record Target(IFile model, EObject element) {
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Target target = window == null ? null : target(window.getActivePage());
        List<IContributionItem> items = target == null ? List.of() : items(window.getActivePage(), target);
        if (items.isEmpty()) {
            Action none = new Action(Messages.Menu_none) {
            };
            none.setEnabled(false);
            return new IContributionItem[] {new ActionContributionItem(none)};
        }
        return items.toArray(IContributionItem[]::new);
    }

    abstract List<IContributionItem> items(IWorkbenchPage page, Target target);

    static Target target(IWorkbenchPage page) {
        if (page == null || !(page.getSelection() instanceof IStructuredSelection selection)) {
            return null;
        }
        Object first = AdapterFactoryEditingDomain.unwrap(selection.getFirstElement());
        if (first instanceof EObject element) {
            IEditorPart editor = page.getActiveEditor();
            ModelEditor model = editor instanceof ModelEditor m ? m
                    : editor instanceof DiagramEditor d ? d.modelEditor() : null;
            return model == null ? null : new Target(model.file(), element);
        }
        IFile file = first instanceof IFile f ? f : org.eclipse.core.runtime.Adapters.adapt(first, IFile.class);
        if (file == null) {
            return null;
        }
        IEditorPart open = page.findEditor(new org.eclipse.ui.part.FileEditorInput(file));
        if (open instanceof ModelEditor editor && editor.root() != null) {
            return new Target(file, editor.root());
        }
        try {
            return new Target(file, ModelFiles.load(ModelFiles.newResourceSet(), RepresentationFiles.uri(file)).root());
        } catch (Exception e) {
            return null; // unreadable: the model editor says why when it is opened
        }
    }

    static Action item(String text, org.eclipse.jface.resource.ImageDescriptor icon, ThrowingRunnable run) {
        Action action = new Action(text, icon) {
            @Override
            public void run() {
                try {
                    run.run();
                } catch (Exception e) {
                    MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), text,
                            NLS.bind(Messages.Representation_createFailed, e.getMessage()));
                }
            }
        };
        return action;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** « Nouvelle représentation »: one item per description applicable to the element. */
    public static final class New extends RepresentationsMenu {
        @Override
        List<IContributionItem> items(IWorkbenchPage page, Target target) {
            List<IContributionItem> items = new ArrayList<>();
            for (RepresentationDescription description : DiagramUi.registry().applicableTo(target.element())) {
                items.add(new ActionContributionItem(item(CtgToolPalette.label(description),
                        DiagramUi.icon(description.getId()),
                        () -> RepresentationFiles.create(page, target.model(), description))));
            }
            return items;
        }
    }

    /** « Ouvrir une représentation »: the model's representation files. */
    public static final class Open extends RepresentationsMenu {
        @Override
        List<IContributionItem> items(IWorkbenchPage page, Target target) {
            List<IContributionItem> items = new ArrayList<>();
            RepresentationsLabels labels = new RepresentationsLabels();
            for (IFile file : RepresentationFiles.of(target.model())) {
                RepresentationDescription description = RepresentationFiles.descriptionOf(file);
                items.add(new ActionContributionItem(item(labels.getText(file),
                        DiagramUi.icon(description == null ? null : description.getId()),
                        () -> RepresentationFiles.open(page, file))));
            }
            labels.dispose();
            return items;
        }
    }
}
