package org.ctgstudio.diagram.ui.internal;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Hides a representation file in its folder when its model is there: it is shown under the model instead. */
public final class RepresentationsBesideModels extends ViewerFilter {

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        Object container = parent instanceof org.eclipse.jface.viewers.TreePath path ? path.getLastSegment() : parent;
        return !(container instanceof IContainer && element instanceof IFile file
                && "ctgr".equals(file.getFileExtension()) && RepresentationFiles.modelByName(file) != null); //$NON-NLS-1$
    }
}
