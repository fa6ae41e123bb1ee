package org.ctgstudio.diagram.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.diagram.description.Filter;
import org.ctgstudio.diagram.description.Labelled;
import org.ctgstudio.diagram.description.Layer;
import org.ctgstudio.diagram.render.DiagramPictures;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.glsp.server.actions.FitToScreenAction;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The diagram's context menu (instead of the browser's): « Réorganiser », zoom to fit, the description's layers
 * and filters, export of the picture to SVG or PNG, « Ouvrir dans le navigateur » (web mode of the same diagram),
 * and the editing actions of the workbench. Layer and filter changes are commands of the model's stack (undoable).
 */
final class DiagramMenu {

    private final DiagramEditor editor;

    DiagramMenu(DiagramEditor editor) {
        this.editor = editor;
    }

    void install(Browser browser) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        browser.setMenu(menu.createContextMenu(browser));
    }

    private void fill(IMenuManager menu) {
        DiagramDocument document = editor.document();
        menu.add(action(Messages.Menu_layout, this::layout));
        menu.add(action(Messages.Menu_fit, this::fit));
        toggles(menu, Messages.Menu_layers, document.description().getLayers(),
                RepresentationPackage.Literals.REPRESENTATION__ACTIVE_LAYERS);
        toggles(menu, Messages.Menu_filters, document.description().getFilters(),
                RepresentationPackage.Literals.REPRESENTATION__ACTIVE_FILTERS);
        menu.add(new Separator());
        var bars = editor.getEditorSite().getActionBars();
        for (ActionFactory id : List.of(ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.DELETE)) {
            IAction global = bars.getGlobalActionHandler(id.getId());
            if (global != null) {
                menu.add(global);
            }
        }
        menu.add(new Separator());
        menu.add(action(Messages.Menu_exportSvg, () -> export(false)));
        menu.add(action(Messages.Menu_exportPng, () -> export(true)));
        menu.add(action(Messages.Menu_openInBrowser, this::openInBrowser));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    void layout() {
        editor.document().link().dispatch(new LayoutOperation(List.of()));
    }

    void fit() {
        FitToScreenAction fit = new FitToScreenAction();
        fit.setElementIds(List.of()); // no element named: the whole diagram
        fit.setPadding(20);
        fit.setMaxZoom(1);
        fit.setAnimate(true);
        editor.document().link().dispatch(fit);
    }

    private void toggles(IMenuManager menu, String title, List<? extends Labelled> items, EAttribute feature) {
        if (items.isEmpty()) {
            return;
        }
        MenuManager sub = new MenuManager(title);
        Representation representation = editor.document().representation();
        for (Labelled item : items) {
            @SuppressWarnings("unchecked")
            List<String> active = (List<String>) representation.eGet(feature);
            boolean on = active.contains(item.getId());
            IAction toggle = new Action(CtgToolPalette.label(item), IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    var domain = editor.getEditingDomain();
                    Command command = on ? RemoveCommand.create(domain, representation, feature, item.getId())
                            : AddCommand.create(domain, representation, feature, item.getId());
                    domain.getCommandStack().execute(command);
                }
            };
            toggle.setChecked(on);
            sub.add(toggle);
        }
        menu.add(sub);
        assert items.stream().allMatch(item -> item instanceof Layer || item instanceof Filter);
    }

    /** Writes the picture of the diagram as it is now (positions, layers, filters) with the documents' painter. */
    void export(boolean png) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {png ? "*.png" : "*.svg"}); //$NON-NLS-1$ //$NON-NLS-2$
        String name = editor.document().representation().getName();
        dialog.setFileName((name == null ? "diagramme" : name.replaceAll("[^\\p{L}\\p{N}]+", "-")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (png ? ".png" : ".svg")); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen), png);
        }
    }

    void export(Path file, boolean png) {
        DiagramPictures pictures = new DiagramPictures(DiagramUi.registry());
        Representation representation = editor.document().representation();
        try {
            DiagramPictures.write(file, ExportDiagramWizard.bytes(pictures, representation, png));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.Menu_exportFailedTitle,
                    NLS.bind(Messages.Menu_exportFailed, file, e.getMessage()));
        }
    }

    /** The same diagram, same session and model, in the system browser (its address carries the token). */
    void openInBrowser() {
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser()
                    .openURL(new URL(DiagramUi.server().pageAddress(editor.document())));
        } catch (Exception e) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.Menu_openInBrowser, e.getMessage());
        }
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
