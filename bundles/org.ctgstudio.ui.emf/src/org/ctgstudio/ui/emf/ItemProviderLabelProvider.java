package org.ctgstudio.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF item providers (part of the edit.ui replacement). Images are freed on dispose. */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider p ? p.getText(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider p ? image(p.getImage(element)) : null;
    }

    /** An SWT image for what item providers return: a URL, an image descriptor, or a composed image. */
    public Image image(Object image) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : images.create(descriptor);
    }

    static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            // Overlays (proxies, link arrows) are rare in CTG models: show the base image.
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : descriptor(parts.get(0));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
