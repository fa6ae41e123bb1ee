package org.ctgstudio.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from EMF item providers, refreshed when the model changes. Part of CTG Studio's replacement for EMF's
 * edit.ui (not available on Maven Central), kept as small as the editors need.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) newViewer;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider p ? p.getElements(input).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p && p.hasChildren(element);
    }

    /** Model changes come from any thread the command stack runs on; the viewer is refreshed on the UI thread. */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null || current.getControl() == null || current.getControl().isDisposed()) {
            return;
        }
        Display display = current.getControl().getDisplay();
        Runnable refresh = () -> {
            if (current.getControl().isDisposed()) {
                return;
            }
            if (notification instanceof IViewerNotification viewerNotification) {
                Object element = viewerNotification.getElement();
                if (viewerNotification.isContentRefresh()) {
                    current.refresh(element, viewerNotification.isLabelUpdate());
                } else if (viewerNotification.isLabelUpdate()) {
                    current.update(element, null);
                }
            } else {
                current.refresh();
            }
        };
        if (Display.getCurrent() == display) {
            refresh.run();
        } else {
            display.asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
