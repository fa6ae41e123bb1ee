package org.ctgstudio.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.store.RepresentationHeader;
import org.ctgstudio.diagram.store.RepresentationResource;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Representation files in the workspace: {@code <model>.<description>.ctgr} beside the model file, the model a
 * representation belongs to, the model editor (the model's session) a diagram joins, creating and opening them.
 */
public final class RepresentationFiles {

    private RepresentationFiles() {
    }

    public static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The model file a representation file draws (its semantic root's file), read without loading the model. */
    public static IFile modelOf(IFile representationFile) throws PartInitException {
        ResourceSet set = new ResourceSetImpl();
        Representations.register(set);
        try {
            Resource resource = set.getResource(uri(representationFile), true);
            Representation representation = (Representation) resource.getContents().get(0);
            Object root = representation.eGet(RepresentationPackage.Literals.REPRESENTATION__SEMANTIC_ROOT, false);
            URI model = root instanceof InternalEObject internal && internal.eIsProxy()
                    ? internal.eProxyURI().trimFragment() : null;
            if (model == null || !model.isPlatformResource()) {
                throw new IllegalArgumentException(Messages.Representation_noModel);
            }
            return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(model.toPlatformString(true)));
        } catch (RuntimeException e) {
            throw new PartInitException(NLS.bind(Messages.Representation_unreadable, representationFile.getFullPath(),
                    e.getMessage()), e);
        }
    }

    /** The model editor of a model file: the open one, or one opened now behind the active editor. */
    public static ModelEditor modelEditor(IWorkbenchPage page, IFile model) throws PartInitException {
        IEditorPart open = page.findEditor(new FileEditorInput(model));
        if (open == null) {
            open = IDE.openEditor(page, model, false);
        }
        if (!(open instanceof ModelEditor editor) || editor.root() == null) {
            throw new PartInitException(NLS.bind(Messages.Representation_modelUnreadable, model.getFullPath()));
        }
        return editor;
    }

    /**
     * The representation files of a model file, by name: those beside it that draw it (their content says so), and
     * those named after it that cannot be read (so that opening one says what is wrong).
     */
    public static List<IFile> of(IFile model) {
        List<IFile> files = new ArrayList<>();
        try {
            for (IResource member : model.getParent().members()) {
                if (member instanceof IFile file && RepresentationResource.EXTENSION.equals(file.getFileExtension())
                        && model.getName().equals(modelName(file))) {
                    files.add(file);
                }
            }
        } catch (CoreException e) {
            return List.of();
        }
        files.sort((a, b) -> a.getName().compareTo(b.getName()));
        return files;
    }

    /** The model file of a representation file when it is beside it (its content says which), or null. */
    public static IFile modelByName(IFile representation) {
        String name = modelName(representation);
        if (name == null || representation.getParent() == null) {
            return null;
        }
        IFile model = representation.getParent().getFile(new Path(name));
        return model.exists() && !model.equals(representation) ? model : null;
    }

    /** The file name of the model drawn, from the content, or from the file name for a file that cannot be read. */
    private static String modelName(IFile representation) {
        RepresentationHeader header = RepresentationHeaders.of(representation);
        if (header != RepresentationHeaders.UNREADABLE) {
            return header.model();
        }
        String name = representation.getName();
        int first = name.indexOf('.');
        if (first < 0 || representation.getParent() == null) {
            return null;
        }
        String base = name.substring(0, first);
        try {
            for (IResource member : representation.getParent().members()) {
                if (member instanceof IFile file && base.equals(base(file))
                        && !RepresentationResource.EXTENSION.equals(file.getFileExtension())) {
                    return file.getName();
                }
            }
        } catch (CoreException e) {
            return null;
        }
        return null;
    }

    /** The description of a representation file (its content says which), or null. */
    public static RepresentationDescription descriptionOf(IFile representation) {
        String id = RepresentationHeaders.of(representation).descriptionId();
        return id == null ? null : DiagramUi.registry().get(id);
    }

    private static String base(IFile file) {
        String name = file.getName();
        String extension = file.getFileExtension();
        return extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
    }

    /** The file for a new representation of the model (that of the description, numbered if it exists). */
    public static IFile newFile(IFile model, RepresentationDescription description) {
        IFile file = model.getParent().getFile(new Path(base(model) + "." + description.getId() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + RepresentationResource.EXTENSION));
        for (int n = 2; file.exists(); n++) {
            file = model.getParent().getFile(new Path(base(model) + "." + description.getId() + "-" + n + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + RepresentationResource.EXTENSION));
        }
        return file;
    }

    /** Creates and writes a representation of the model's root (open in its model editor) and opens it. */
    public static IEditorPart create(IWorkbenchPage page, IFile model, RepresentationDescription description)
            throws Exception {
        ModelEditor editor = modelEditor(page, model);
        IFile file = newFile(model, description);
        EObject root = editor.root();
        ResourceSet set = new ResourceSetImpl();
        Representation representation = Representations.create(set, java.nio.file.Path.of(file.getLocationURI()),
                description, root);
        Resource resource = representation.eResource();
        resource.setURI(uri(file));
        resource.save(null);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return open(page, file);
    }

    public static IEditorPart open(IWorkbenchPage page, IFile representation) throws PartInitException {
        return IDE.openEditor(page, representation, DiagramEditor.ID, true);
    }
}
