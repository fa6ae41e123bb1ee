package org.ctgstudio.diagram.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Representations under their model file in the Project Explorer: the children of a model file are its
 * representation files (named after it, beside it). A representation added, renamed or removed refreshes its model.
 */
public final class RepresentationsContent implements ITreeContentProvider, IResourceChangeListener {

    private StructuredViewer viewer;

    public RepresentationsContent() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof IFile model ? RepresentationFiles.of(model).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof IFile file && "ctgr".equals(file.getFileExtension()) //$NON-NLS-1$
                ? RepresentationFiles.modelByName(file) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof IFile model && !RepresentationFiles.of(model).isEmpty();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null || viewer == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && "ctgr".equals(file.getFileExtension()) //$NON-NLS-1$
                        && ((delta.getKind() & (IResourceDelta.ADDED | IResourceDelta.REMOVED)) != 0
                                || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    // Its folder, not its model: a removed file no longer says which model it drew, and a changed
                    // one may now draw another (its content says which).
                    Object folder = file.getParent();
                    Control control = viewer.getControl();
                    if (folder != null && !control.isDisposed()) {
                        control.getDisplay().asyncExec(() -> {
                            if (!control.isDisposed()) {
                                viewer.refresh(folder);
                            }
                        });
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            // a delta that cannot be visited changes nothing shown
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
