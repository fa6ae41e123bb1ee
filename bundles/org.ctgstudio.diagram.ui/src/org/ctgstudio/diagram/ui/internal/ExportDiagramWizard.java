package org.ctgstudio.diagram.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.render.DiagramPictures;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;

/**
 * « Fichier > Exporter > CTG Studio > Image d'une représentation »: a representation of the workspace as an SVG or
 * PNG picture, painted as the diagram editor draws it (the documents' and the command line's painter). The
 * representation is the one selected, or the active diagram's; an open diagram is exported as it is now, unsaved
 * changes included, and a closed one as its model is in the workbench.
 */
public final class ExportDiagramWizard extends Wizard implements IExportWizard {

    private IWorkbenchPage page;
    private ExportDiagramPage choices;

    public ExportDiagramWizard() {
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        page = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        IFile initial = initial(selection);
        List<IFile> representations = allRepresentations();
        if (initial != null && !representations.contains(initial)) {
            representations.add(0, initial); // in a folder the listing leaves aside (a hidden one)
        }
        choices = new ExportDiagramPage(representations, initial);
    }

    @Override
    public void addPages() {
        addPage(choices);
    }

    /** The page (the UI tests fill it through its controls' ids). */
    public ExportDiagramPage page() {
        return choices;
    }

    /** The selected representation file, a representation of the selected model, or the active diagram's. */
    private IFile initial(IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile file = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
        if (file != null && "ctgr".equals(file.getFileExtension())) { //$NON-NLS-1$
            return file;
        }
        if (file != null && !RepresentationFiles.of(file).isEmpty()) {
            return RepresentationFiles.of(file).get(0);
        }
        IEditorPart active = page == null ? null : page.getActiveEditor();
        return active instanceof DiagramEditor diagram ? ((IFileEditorInput) diagram.getEditorInput()).getFile()
                : null;
    }

    private static List<IFile> allRepresentations() {
        List<IFile> files = new ArrayList<>();
        try {
            IResourceVisitor visitor = resource -> {
                if (resource instanceof IFile file && "ctgr".equals(file.getFileExtension())) { //$NON-NLS-1$
                    files.add(file);
                }
                return !resource.getName().startsWith("."); //$NON-NLS-1$
            };
            ResourcesPlugin.getWorkspace().getRoot().accept(visitor);
        } catch (CoreException e) {
            return files;
        }
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return files;
    }

    @Override
    public boolean performFinish() {
        IFile file = choices.chosen();
        Path target = choices.target();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.Export_replaceTitle,
                NLS.bind(Messages.Export_replace, target))) {
            return false;
        }
        String[] failure = new String[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            byte[] picture;
            try {
                picture = picture(file, choices.asPng());
            } catch (RuntimeException e) {
                failure[0] = NLS.bind(Messages.Export_drawFailed, file.getFullPath(), reason(e));
                return;
            }
            try {
                DiagramPictures.write(target, picture);
            } catch (IOException | RuntimeException e) {
                failure[0] = NLS.bind(Messages.Menu_exportFailed, target, reason(e));
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(getShell(), Messages.Menu_exportFailedTitle, failure[0]);
            return false;
        }
        return true;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause(); // EMF wraps the parser's located message
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The picture of the representation as the workbench has it. */
    private byte[] picture(IFile file, boolean png) {
        DiagramPictures pictures = new DiagramPictures(DiagramUi.registry());
        DiagramEditor open = openDiagram(file);
        if (open != null) {
            return bytes(pictures, open.document().representation(), png);
        }
        IFile model = RepresentationFiles.modelByName(file);
        IEditorPart modelEditor = model == null || page == null ? null : page.findEditor(new FileEditorInput(model));
        if (modelEditor instanceof ModelEditor editor && editor.root() != null) {
            // In the model editor's resource set (its unsaved edits), the time of the painting only.
            ResourceSet set = editor.domain().getResourceSet();
            Representations.register(set);
            URI uri = RepresentationFiles.uri(file);
            try {
                Resource resource = set.getResource(uri, true);
                return bytes(pictures, (Representation) resource.getContents().get(0), png);
            } finally {
                // Also when it could not be read: EMF keeps a failed resource in its set, marked as loaded.
                Resource resource = set.getResource(uri, false);
                if (resource != null) {
                    resource.unload();
                    set.getResources().remove(resource);
                }
            }
        }
        ResourceSet set = ModelFiles.newResourceSet();
        return bytes(pictures, Representations.load(set, Path.of(file.getLocationURI())), png);
    }

    /** The SVG or PNG bytes of a representation (also the diagram's « Exporter en SVG / PNG »). */
    static byte[] bytes(DiagramPictures pictures, Representation representation, boolean png) {
        return png ? pictures.png(representation, 1.0) : pictures.svg(representation).getBytes(StandardCharsets.UTF_8);
    }

    private DiagramEditor openDiagram(IFile file) {
        if (page == null) {
            return null;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof DiagramEditor diagram
                    && ((IFileEditorInput) diagram.getEditorInput()).getFile().equals(file)) {
                return diagram;
            }
        }
        return null;
    }
}
