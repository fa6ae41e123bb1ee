package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the files a model refers to (its template, the shared reference data, other conventions) as they are on
 * disk: when one of them is saved — by its own editor or by another tool — it is read again, so the editor's
 * validation and labels never work on a stale copy. The references into it resolve to the new content on their next
 * use (unloading turns the old objects into proxies). The editor's own file is {@link ExternalChanges}'s business.
 */
final class ReferencedFiles implements IResourceChangeListener {

    private final Supplier<Resource> own;
    private final Runnable reread;
    private final Display display;

    /**
     * @param own    the editor's resource (a new one after a reload)
     * @param reread run on the UI thread after files were read again (validate, refresh the views)
     */
    ReferencedFiles(Supplier<Resource> own, Display display, Runnable reread) {
        this.own = own;
        this.display = display;
        this.reread = reread;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        Resource editorResource = own.get();
        if (event.getDelta() == null || editorResource == null || editorResource.getResourceSet() == null) {
            return;
        }
        List<Resource> changed = new ArrayList<>();
        for (Resource resource : List.copyOf(editorResource.getResourceSet().getResources())) {
            // Model files only: a diagram's representation file (saved with the model, or when its diagram
            // closes) is its diagram's business, and reading it as a model would unload the open diagram's state.
            if (resource == editorResource || !(resource instanceof CtgResource)
                    || !resource.getURI().isPlatformResource()) {
                continue;
            }
            IResourceDelta delta = event.getDelta().findMember(IPath.fromPortableString(resource.getURI()
                    .toPlatformString(true)));
            if (delta != null && (delta.getKind() == IResourceDelta.REMOVED
                    || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                changed.add(resource);
            }
        }
        if (!changed.isEmpty() && !display.isDisposed()) {
            display.asyncExec(() -> readAgain(changed));
        }
    }

    private void readAgain(List<Resource> changed) {
        Resource editorResource = own.get();
        if (editorResource == null || editorResource.getResourceSet() == null) {
            return; // the editor closed meanwhile
        }
        for (Resource resource : changed) {
            resource.unload();
            try {
                ModelFiles.load(editorResource.getResourceSet(), resource.getURI());
            } catch (ModelLoadException e) {
                // Unreadable or deleted now: the references into it stay unresolved, which validation reports.
                editorResource.getResourceSet().getResources().remove(resource);
                ILog.of(ReferencedFiles.class).warn(e.getMessage());
            }
        }
        reread.run();
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
